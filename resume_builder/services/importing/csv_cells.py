"""CSV text as a person's spreadsheet holds it: decoding, rows by column name, dates per cell.

Cells are text and stay text: a cell starting with "=", "+", "-" or "@" (a formula to a
spreadsheet) is read as the characters it holds and never evaluated, and nothing here strips
those marks. Any CSV the app writes passes its cells through `neutralise_cell`, so a
spreadsheet opening it shows such text instead of running it.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterator
from typing import Any

from resume_builder.domain.dates import (
    PRESENT,
    DateError,
    EndDate,
    PartialDate,
    parse_date,
    parse_end,
)
from resume_builder.services.importing.plan import ImportFileError

#: the first characters that make a spreadsheet read a cell as a formula (and tab and carriage
#: return, which some spreadsheets skip before looking)
FORMULA_MARKS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_cell(text: str) -> str:
    """A cell to write into a CSV file: text a spreadsheet could run as a formula gets a leading
    apostrophe, which spreadsheets show as plain text; other text is left as it is.
    """
    return "'" + text if text.startswith(FORMULA_MARKS) else text


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def decode_text(data: bytes, display: str, warnings: list[str]) -> str:
    """Bytes to text: UTF-8 (BOM or not) or BOM-marked UTF-16, else Windows-1252, else Latin-1."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
        warnings.append(f"{display} is not UTF-8; read it as Windows-1252")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
        warnings.append(f"{display} is not UTF-8; read it as Latin-1")
    return text


class Row:
    """One data row with case-insensitive column access; missing columns read as ""."""

    def __init__(
        self, cells: list[str], columns: dict[str, int], where: str, warnings: list[str]
    ) -> None:
        self.cells = cells
        self.columns = columns
        self.where = where  # "Positions.csv row 3"
        self.warnings = warnings

    def __getitem__(self, column: str) -> str:
        index = self.columns.get(column)
        if index is None or index >= len(self.cells):
            return ""
        return clean(self.cells[index])

    def is_blank(self) -> bool:
        return not any(cell.strip() for cell in self.cells)

    def date(self, column: str) -> PartialDate | None:
        return self._read_date(column, parse_date)

    def end(self, column: str, *, open_means_present: bool = False) -> EndDate | None:
        if not self[column].strip():
            return PRESENT if open_means_present else None
        return self._read_date(column, parse_end)

    def _read_date(self, column: str, parse: Callable[[str], Any]) -> Any:
        # One odd date should not cost the whole export: the record imports without it, and
        # the preview says which cell was left empty and why.
        try:
            return parse(self[column])
        except DateError as exc:
            self.warnings.append(f"{self.where}: “{title(column)}” left empty: {exc}")
            return None


def clean(text: str) -> str:
    """A cell's text with its line ends made one newline, control characters removed, and the spaces
    around it trimmed; every other character (formula marks included) is kept.
    """
    # Control characters break DOCX output and never mean anything in an export.
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n")).strip()


def title(column: str) -> str:
    """A column name as a spreadsheet shows it in messages ("Started On")."""
    return " ".join(word.capitalize() for word in column.split())


def _normal(column: str) -> str:
    return " ".join(column.replace("\ufeff", "").split()).casefold()


def read_rows(text: str, key_column: str, display: str, warnings: list[str]) -> Iterator[Row]:
    """Yields the data rows after the header row (the first row naming the key column).

    Row numbers are the ones a spreadsheet shows: every CSV record counts, preamble lines and
    the header included, and a quoted field spanning lines is still one row. A file without
    the header row is skipped with a warning, like a missing file: a later export version may
    have renamed a column, and the rest of the export is still worth importing.
    """
    reader = csv.reader(io.StringIO(text, newline=""))
    columns: dict[str, int] | None = None
    number = 0
    try:
        for number, cells in enumerate(reader, start=1):
            if columns is None:
                names = [_normal(c) for c in cells]
                if key_column in names:
                    columns = {}
                    for index, name in enumerate(names):
                        columns.setdefault(name, index)
                continue
            yield Row(cells, columns, f"{display} row {number}", warnings)
    except csv.Error as exc:
        raise ImportFileError(f"{display} row {number + 1}: not valid CSV ({exc})") from None
    if columns is None and text.strip():
        warnings.append(
            f"{display} was skipped: it has no header row with a “{title(key_column)}” column"
        )
