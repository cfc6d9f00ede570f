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


#: a paragraph this many times the body's size is set as a name is (when no Title style is used)
TITLE_SIZE = 1.6


def _style_size(style) -> float:
    """The font size a paragraph style sets, looking through the styles it is based on; 0."""
    while style is not None:
        if style.font is not None and style.font.size is not None:
            return style.font.size.pt
        style = style.base_style
    return 0.0


def _default_size(document) -> float:
    """The document's default font size (styles.xml's docDefaults), or Word's 11 pt."""
    found = document.styles.element.find(f"{_W}docDefaults/{_W}rPrDefault/{_W}rPr/{_W}sz")
    try:
        return int(found.get(f"{_W}val")) / 2 if found is not None else 11.0
    except (TypeError, ValueError):
        return 11.0


def _mark_the_title(lines: list[Line], default: float) -> None:
    """The largest line, set far larger than the body, is the title (the name), as a PDF's is,
    when no paragraph is in the Title style: a name typed in 24 pt where a sidebar's table cell
    comes first in reading order is still the name.
    """
    if not lines or any(line.title for line in lines):
        return
    sized = sorted(line.size or default for line in lines)
    body = sized[len(sized) // 2]
    largest = max(lines, key=lambda line: line.size)
    if largest.size >= TITLE_SIZE * body:
        largest.title = largest.heading = True


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
        sizes = [run.font.size.pt for run in runs if run.font.size is not None]
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
                size=max(sizes) if sizes else _style_size(paragraph.style),
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
    _mark_the_title(lines, _default_size(document))
    if saw_table:
        warnings.append(
            f"{path.name} is laid out in a table (or in columns): it was read cell by cell, "
            "so the order of its parts may be mixed; check the preview."
        )
    return lines
