"""Reads a Word (DOCX) résumé's paragraphs, in document order, as lines with their styles."""

from __future__ import annotations

import zipfile
from pathlib import Path

from resume_builder.services.importing.plan import ImportFileError
from resume_builder.services.importing.resume_file.lines import Line, strip_bullet

#: a résumé's DOCX unpacks to a few megabytes; more than this is refused before reading
MAX_UNPACKED_BYTES = 50 * 1024 * 1024
MAX_MEMBERS = 2000
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def check_archive(path: Path) -> None:
    """Refuses a file that is no DOCX or that unpacks to far more than a résumé (a ZIP bomb),
    from the sizes the archive's directory declares, before anything is unpacked.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, EOFError, ValueError):
        raise ImportFileError(f"{path.name} is not a Word document (.docx).") from None
    if len(members) > MAX_MEMBERS:
        raise ImportFileError(f"{path.name} holds {len(members)} files; a résumé holds far fewer.")
    unpacked = sum(member.file_size for member in members)
    if unpacked > MAX_UNPACKED_BYTES:
        raise ImportFileError(
            f"{path.name} would unpack to {unpacked // (1024 * 1024)} MB; a résumé is at most "
            f"{MAX_UNPACKED_BYTES // (1024 * 1024)} MB, so it was not read."
        )
    if "word/document.xml" not in {member.filename for member in members}:
        raise ImportFileError(f"{path.name} is not a Word document (.docx).")


def read_docx_lines(path: Path, warnings: list[str]) -> list[Line]:
    """The paragraphs of the body, tables' cells in reading order, as lines."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    check_archive(path)
    try:
        document = docx.Document(str(path))
    except Exception as exc:  # noqa: BLE001 - python-docx raises many kinds on a broken file
        raise ImportFileError(f"{path.name} cannot be read as a Word document ({exc}).") from None
    lines: list[Line] = []
    page, number = 1, 0
    saw_table = False

    def add(paragraph: Paragraph) -> None:
        nonlocal page, number
        element = paragraph._p
        breaks = len(element.findall(f".//{_W}lastRenderedPageBreak")) + sum(
            1 for br in element.iter(f"{_W}br") if br.get(f"{_W}type") == "page"
        )
        if breaks and number:
            page, number = page + breaks, 0
        text = paragraph.text.replace("\xa0", " ")
        if not text.strip():
            return
        number += 1
        style = (paragraph.style.name if paragraph.style is not None else "") or ""
        folded = style.casefold()
        numbered = element.pPr is not None and element.pPr.numPr is not None
        stripped, marked = strip_bullet(text)
        runs = [run for run in paragraph.runs if run.text.strip()]
        style_bold = bool(paragraph.style is not None and paragraph.style.font.bold)
        bold = bool(runs) and all(run.bold or (run.bold is None and style_bold) for run in runs)
        lines.append(
            Line(
                text=stripped if marked else text.strip(),
                page=page,
                number=number,
                heading=folded.startswith("heading") or folded in ("title", "subtitle"),
                title=folded == "title",
                bold=bold,
                lead_bold=bool(runs)
                and bool(runs[0].bold or (runs[0].bold is None and style_bold)),
                bullet=marked or numbered or "list" in folded,
            )
        )

    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            add(block)
        elif isinstance(block, Table):
            saw_table = True
            for row in block.rows:
                seen: set[int] = set()
                for cell in row.cells:
                    if id(cell._tc) in seen:  # a merged cell is listed once per column it spans
                        continue
                    seen.add(id(cell._tc))
                    for paragraph in cell.paragraphs:
                        add(paragraph)
    if saw_table:
        warnings.append(
            f"{path.name} is laid out in a table (or in columns): it was read cell by cell, "
            "so the order of its parts may be mixed; check the preview."
        )
    return lines
