"""Reads a résumé a person already has (DOCX or PDF) into incoming records, offline.

`read_resume_file` checks the file (size, kind, ZIP bomb, page count, encryption) before
reading, reads its lines (docx_lines, pdf_lines) and cuts them into records (cutter).
"""

from __future__ import annotations

from pathlib import Path

from resume_builder.domain.models import Record
from resume_builder.services.importing.plan import ImportFileError
from resume_builder.services.importing.resume_file.cutter import CutResult, cut_lines
from resume_builder.services.importing.resume_file.lines import Line

__all__ = ["MAX_FILE_BYTES", "read_resume", "read_resume_file", "read_resume_lines"]

#: a résumé file is well under this; a larger one is refused before it is opened
MAX_FILE_BYTES = 30 * 1024 * 1024
SUFFIXES = (".docx", ".pdf")


def read_resume_lines(path: Path, warnings: list[str]) -> list[Line]:
    """The file's lines, after the checks; ImportFileError says in one sentence why not."""
    path = Path(path)
    try:
        if path.is_dir():
            raise ImportFileError(f"{path} is a folder; choose a .docx or .pdf résumé.")
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(8)
    except FileNotFoundError:
        raise ImportFileError(f"There is no file {path}.") from None
    except OSError as exc:
        raise ImportFileError(f"Cannot read {path}: {exc.strerror or exc}.") from None
    if size == 0:
        raise ImportFileError(f"{path.name} is empty (0 bytes).")
    if size > MAX_FILE_BYTES:
        raise ImportFileError(
            f"{path.name} is {size // (1024 * 1024)} MB; a résumé file is at most "
            f"{MAX_FILE_BYTES // (1024 * 1024)} MB."
        )
    if head.startswith(b"%PDF") or (path.suffix.casefold() == ".pdf" and b"%PDF" in head):
        from resume_builder.services.importing.resume_file.pdf_lines import read_pdf_lines

        return read_pdf_lines(path, warnings)
    if head.startswith(b"PK"):
        from resume_builder.services.importing.resume_file.docx_lines import read_docx_lines

        return read_docx_lines(path, warnings)
    if path.suffix.casefold() == ".doc" or head.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportFileError(
            f"{path.name} is an old Word document (.doc); save it as .docx or PDF and import that."
        )
    raise ImportFileError(f"{path.name} is neither a Word document (.docx) nor a PDF.")


def read_resume_file(path: Path) -> tuple[list[Record], dict[str, str], list[str]]:
    """Reads a DOCX or PDF résumé into incoming records.

    Returns:
        The records (fresh ids; accomplishments point at their incoming role, project or
        volunteering), record id -> its place ("page 1, line 14"), and the warnings: every
        line that was not placed, with its page and line.

    Raises:
        ImportFileError: the file cannot be read or holds nothing to import; one sentence.

    """
    result = read_resume(path)
    return result.records, result.sources, result.warnings


def read_resume(path: Path) -> CutResult:
    """Reads a DOCX or PDF résumé as `read_resume_file` does, with the lines it could not
    place kept whole (`CutResult.unplaced`), so that the preview can let the user place them.

    Raises:
        ImportFileError: the file cannot be read or holds nothing to import; one sentence.

    """
    path = Path(path)
    result = CutResult()
    lines = read_resume_lines(path, result.warnings)
    cut_lines(lines, result)
    if not result.records:
        raise ImportFileError(
            f"{path.name} holds no text the importer could place (no name, contact details, "
            "roles or skills were found)."
        )
    return result
