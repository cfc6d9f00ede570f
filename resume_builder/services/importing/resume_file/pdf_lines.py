"""Reads a PDF résumé's text as lines with their position, font and size (pypdf's visitor).

pypdf tells each piece of text where it starts and in which font, not how wide it is; widths
are estimated from the font size, which is enough to see a wide gap (a right-aligned date, a
second column) and a line that wraps under the text of a bullet.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from resume_builder.services.importing.plan import ImportFileError
from resume_builder.services.importing.resume_file.lines import Line, strip_bullet
from resume_builder.services.importing.resume_file.pdf_margin import periods_rejoined
from resume_builder.services.importing.resume_file.pdf_style import (
    StyleFields,
    is_bold,
    is_slanted,
    picture_glyph,
)

#: a résumé is a few pages; a longer PDF is refused before its text is read
MAX_PAGES = 50
_CHAR_WIDTH = 0.5  # an average glyph is about half as wide as the font is high
_ALIGN = 3.0  # points within which lines start at "the same" x
_COLUMN_LINES = 5  # lines starting at one x that can make a second column
_LABELS_EDGE = 0.15  # the text beside a margin of labels starts right of this share of the page
# Between pieces of up to this many letters (whose estimated width is near enough), a gap
# this many times the font size parts two items rather than two words.
_ITEM_GAP = 1.0
_SHORT_PIECE = 24
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# TeX's T1 (Cork) encoding puts dashes and ligatures where ASCII has control characters; a
# font that does not map them to Unicode hands them over as they are ("2019 \x15 2021")
_TEX_GLYPHS = str.maketrans(
    {
        "\x15": "–",
        "\x16": "—",
        "\x1b": "ff",
        "\x1c": "fi",
        "\x1d": "fl",
        "\x1e": "ffi",
        "\x1f": "ffl",
    }
)


# A kern inside one text operation this wide (thousandths of an em) is a column's gap; one
# that opens a text operation on the line of the one before it need only be this wide
_TAB_KERN = 3000
_LEAD_KERN = 700


@dataclass
class _Piece:
    x: float
    y: float
    text: str
    size: float
    bold: bool
    slant: bool = False

    @property
    def end(self) -> float:
        return self.x + len(self.text) * self.size * _CHAR_WIDTH

    @property
    def lead_end(self) -> float:
        """Where its text up to a tab (a label set beside its text in one piece) ends."""
        return self.x + len(self.text.split("\t")[0]) * self.size * _CHAR_WIDTH


def open_pdf(path: Path):
    """The PDF's reader, or one sentence why it cannot be read: encrypted, too long, broken."""
    import pypdf

    try:
        reader = pypdf.PdfReader(str(path))
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")  # many PDFs only lock editing, not reading
            except Exception:  # noqa: BLE001 - an unknown cipher is as unreadable as a password
                opened = 0
            if not opened:
                raise ImportFileError(
                    f"{path.name} is encrypted with a password, so it cannot be read; "
                    "save it again without a password and import that copy."
                )
        pages = len(reader.pages)
    except ImportFileError:
        raise
    except RecursionError:
        raise ImportFileError(
            f"{path.name} is a damaged PDF (its pages refer to themselves)."
        ) from None
    except Exception as exc:  # noqa: BLE001 - pypdf raises many kinds on a broken file
        raise ImportFileError(f"{path.name} cannot be read as a PDF ({exc}).") from None
    if pages > MAX_PAGES:
        raise ImportFileError(
            f"{path.name} has {pages} pages; a résumé has at most {MAX_PAGES}, so it was not read."
        )
    return reader


def read_pdf_lines(path: Path, warnings: list[str]) -> list[Line]:
    """The text lines of every page, top to bottom (each column in turn when there are two)."""
    reader = open_pdf(path)
    lines: list[Line] = []
    columns_seen = False
    for page_number, page in enumerate(reader.pages, start=1):
        pieces: list[_Piece] = []

        marks = _Marks()
        kerns = _Kerns()

        def visit(text, cm, tm, font_dict, font_size, pieces=pieces, kerns=kerns):
            if not text or not text.strip():
                return
            a = tm[0] * cm[0] + tm[1] * cm[2]
            b = tm[0] * cm[1] + tm[1] * cm[3]
            d = tm[2] * cm[1] + tm[3] * cm[3]
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            scale = math.hypot(a, b) or abs(d) or 1.0
            font = str((font_dict or {}).get("/BaseFont", "")).casefold()
            text = picture_glyph(font, kerns.tabbed(text.translate(_TEX_GLYPHS)))
            bold, slant = is_bold(font), is_slanted(font)
            for number, part in enumerate(text.split("\n")):
                if part.strip():
                    size = font_size * scale
                    pieces.append(_Piece(x, y - number * size, part, size, bold, slant))

        def visit_operator(operator, operands, cm, tm, marks=marks, kerns=kerns):
            marks.visit(operator, operands, cm, tm)
            kerns.visit(operator, operands)

        try:
            page.extract_text(visitor_text=visit, visitor_operand_before=visit_operator)
            width = float(page.mediabox.width)
        except RecursionError:
            raise ImportFileError(
                f"{path.name} is a damaged PDF (page {page_number} refers to itself)."
            ) from None
        except Exception as exc:  # noqa: BLE001 - a broken content stream
            raise ImportFileError(
                f"{path.name}: page {page_number} cannot be read ({exc})."
            ) from None
        split, labels = _gutter(pieces, width)
        if split is not None:
            columns_seen = True
            groups = [[p for p in pieces if p.x < split], [p for p in pieces if p.x >= split]]
        else:
            groups = [pieces]
        number = 0
        for group in groups:
            for row in periods_rejoined(_side_headings(_rows(group)), labels):
                number += 1
                lines.append(_line(row, page_number, number, marks.before(row), labels))
    if not lines:
        raise ImportFileError(
            f"{path.name} has no text to read: it looks like a scanned image, and this "
            "importer reads text only (no character recognition)."
        )
    if columns_seen:
        warnings.append(
            f"{path.name} is laid out in two columns: each column was read in turn, so the "
            "order of its parts may be mixed; check the preview."
        )
    _mark_headings(lines)
    return lines


def _rows(pieces: list[_Piece]) -> list[list[_Piece]]:
    """Pieces grouped into lines: the same baseline (within a third of the size), top first."""
    rows: list[list[_Piece]] = []
    for piece in sorted(pieces, key=lambda p: (-p.y, p.x)):
        if rows and abs(rows[-1][0].y - piece.y) <= max(rows[-1][0].size, piece.size) / 3:
            rows[-1].append(piece)
        else:
            rows.append([piece])
    return [sorted(row, key=lambda p: p.x) for row in rows]


def _side_headings(rows: list[list[_Piece]]) -> list[list[_Piece]]:
    """Rows with a section heading set beside its first entry ("Work   Senior Analyst", the
    heading larger, in a margin column) split in two: the heading, then the entry's line.
    """
    from resume_builder.services.importing.resume_file.vocabulary import fold, vocabulary

    headings = vocabulary().headings
    out: list[list[_Piece]] = []
    for row in rows:
        lead = 1
        while lead < len(row) and abs(row[lead].size - row[0].size) < 0.5:
            lead += 1
        rest = row[lead:]
        if (
            rest
            and row[0].size > max(p.size for p in rest) * 1.1
            # right beside it; far off is another column's text on the same baseline
            and rest[0].x - row[lead - 1].end < 4 * row[0].size
            and fold(" ".join(p.text for p in row[:lead])) in headings
        ):
            out += [row[:lead], rest]
        else:
            out.append(row)
    return out


class _Kerns:
    """Wide gaps made inside one text-showing operation, which pypdf gives as a word space.

    TeX sets a label and the text beside it ("Design" then, far to the right, "SolidWorks,
    AutoCAD") as one array of strings and kerns: [(Design) -5533 (SolidW) 83 (orks,) ...].
    A kern of `_TAB_KERN` thousandths of an em or more is a column's gap, as a gap that wide
    between two pieces is (`_line`), so the space pypdf puts there becomes a tab. So is a
    kern of `_LEAD_KERN` (two word spaces) that opens an operation following another on the
    same line with no move between them: TeX starts the text beside a label that way after a
    change of colour (moderncv's "[-822 (HTML, CSS)] TJ" after "Front end"). Each wide kern
    is noted as the letters before and after it, and found again in the text pypdf gives, by
    its letters (spaces aside).
    """

    def __init__(self) -> None:
        self._pending: list[tuple[str, str]] = []
        self._last = ""  # the letters the last operation on this line showed

    def visit(self, operator, operands) -> None:
        if operator in (b"Td", b"TD", b"Tm", b"T*", b"BT", b"ET"):
            self._last = ""
        if operator != b"TJ" or not operands or len(self._pending) > 500:
            if operator in (b"Tj", b"'", b'"'):
                self._last = ""
            return
        before, after, wide = "", "", False
        try:
            for item in operands[0]:
                if isinstance(item, bytes | str):
                    text = item.decode("latin-1") if isinstance(item, bytes) else str(item)
                    letters = "".join(text.translate(_TEX_GLYPHS).split())
                    if wide:
                        after += letters
                    else:
                        before += letters
                elif not wide and (
                    (before and float(item) <= -_TAB_KERN)
                    or (not before and self._last and float(item) <= -_LEAD_KERN)
                ):
                    wide = True
                    before = before or self._last[-8:]
        except (TypeError, ValueError):
            self._last = ""
            return
        self._last = after or before
        if wide and after:
            self._pending.append((before, after))

    def tabbed(self, text: str) -> str:
        """`text` with a tab for the space at each wide kern noted in it."""
        if not self._pending:
            return text
        compact = "".join(text.split())
        for note in list(self._pending):
            before, after = note
            at = compact.find(before + after)
            if at < 0:
                continue
            self._pending.remove(note)
            # The position in `text` after the letters up to the end of `before`.
            wanted, seen = at + len(before), 0
            for index, char in enumerate(text):
                if seen == wanted:
                    if char == " ":
                        text = text[:index] + "\t" + text[index + 1 :]
                    break
                if not char.isspace():
                    seen += 1
            compact = "".join(text.split())
        return text


class _Marks:
    """Bullets drawn as shapes, not typed as a character: small filled discs or squares.

    A browser printing a list draws each item's disc as a path of curves; LaTeX and word
    processors may too. pypdf's operator visitor sees the path being built in user space and
    filled; a filled path a few points across, about as high as wide, is kept as a mark at its
    centre, in page space.
    """

    def __init__(self) -> None:
        self.points: list[tuple[float, float]] = []
        self.centres: list[tuple[float, float, float]] = []  # x, y, size

    def visit(self, operator, operands, cm, tm) -> None:
        op = operator.decode("latin-1") if isinstance(operator, bytes) else str(operator)
        try:
            if op in ("m", "l"):
                self._add(cm, operands[0], operands[1])
            elif op == "c":
                for i in (0, 2, 4):
                    self._add(cm, operands[i], operands[i + 1])
            elif op in ("v", "y"):
                for i in (0, 2):
                    self._add(cm, operands[i], operands[i + 1])
            elif op == "re":
                x, y, w, h = (float(v) for v in operands[:4])
                self._add(cm, x, y)
                self._add(cm, x + w, y + h)
            elif op in ("f", "F", "f*", "B", "B*", "b", "b*"):
                self._fill()
                self.points = []
            elif op in ("n", "S", "s", "BT", "Do"):
                self.points = []
        except (IndexError, TypeError, ValueError):
            self.points = []

    def _add(self, cm, x, y) -> None:
        x, y = float(x), float(y)
        self.points.append((cm[0] * x + cm[2] * y + cm[4], cm[1] * x + cm[3] * y + cm[5]))

    def _fill(self) -> None:
        if len(self.points) < 2 or len(self.centres) > 5000:
            return
        xs = [p[0] for p in self.points]
        ys = [p[1] for p in self.points]
        w, h = max(xs) - min(xs), max(ys) - min(ys)
        if 0.8 <= w <= 9 and 0.8 <= h <= 9 and 0.5 <= w / h <= 2:
            self.centres.append(((max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2, max(w, h)))

    def before(self, row: list[_Piece]) -> float | None:
        """The x of a mark drawn just left of a line's first letters, on its text, if any."""
        first = row[0]
        for x, y, size in self.centres:
            if (
                x < first.x
                and first.x - x < 3 * first.size
                and first.y - first.size * 0.1 <= y <= first.y + first.size * 0.8
                and size < first.size
            ):
                return x - size / 2
        return None


def _line(
    row: list[_Piece],
    page: int,
    number: int,
    mark: float | None = None,
    labels: float | None = None,
) -> Line:
    """One row of pieces as a line: a wide gap, or the start of the text beside a margin of
    labels (`labels`), becomes a tab; `mark`, a drawn bullet's x, makes it a bullet.

    A gap of an em or more between two short pieces may part items set side by side (skills
    as chips, "SQL   Python   R") or be a word space misjudged from estimated widths (a
    bold capital word set apart): the line keeps a word space, and its `chips` reading has
    " · " there, for the readers of lists of skills and languages.
    """
    text = chips = ""
    cells = [row[0].x]
    fields = StyleFields()
    previous: _Piece | None = None
    for piece in row:
        if previous is not None:
            gap = piece.x - previous.end
            beside_label = labels is not None and previous.x < labels <= piece.x
            if gap > 3 * piece.size or (beside_label and gap > 0):
                text, chips = text.rstrip() + "\t", chips.rstrip() + "\t"
                fields.glue("\t")
                cells.append(piece.x)
            elif (
                gap > piece.size * _ITEM_GAP
                and len(previous.text.strip()) <= _SHORT_PIECE
                and not chips.endswith(("\t", "·", "|", ",", ":"))
            ):
                text, chips = text.rstrip() + " ", chips.rstrip() + " · "
                fields.glue(" ")
            elif (
                gap > piece.size * 0.15
                and not text.endswith((" ", "\t"))
                and not piece.text.startswith(" ")
            ):
                text, chips = text + " ", chips + " "
                fields.glue(" ")
        text, chips = text + piece.text, chips + piece.text
        fields.add(piece.text, (piece.bold, piece.slant))
        previous = piece
    stripped, marked = strip_bullet(_spaced(text))
    chips = strip_bullet(_spaced(chips))[0]
    styled = strip_bullet(_spaced(fields.text))[0] if fields.parted else ""
    letters = [p for p in row if any(c.isalnum() for c in p.text)]
    return Line(
        text=stripped,
        page=page,
        number=number,
        bold=bool(letters) and all(p.bold for p in letters),
        bullet=marked or mark is not None,
        lead_bold=bool(letters) and letters[0].bold,
        # a drawn mark starts the line, as a typed one would
        x=row[0].x if mark is None else min(mark, row[0].x),
        size=max((p.size for p in letters), default=row[0].size),
        cells=tuple(cells),
        chips=chips if chips != stripped else "",
        fields=styled,
    )


def _spaced(text: str) -> str:
    """Single spaces, and none around a tab."""
    text = " ".join(part for part in text.replace("\t", " \t ").split(" ") if part)
    return text.replace(" \t ", "\t").strip()


def _gutter(pieces: list[_Piece], width: float) -> tuple[float | None, float | None]:
    """The x where a second column starts, when the page has one; else the x where the text
    beside a margin of labels starts, when it has those.

    A second column is lines starting at or right of one x, right of a quarter of the page,
    with the first column's text ending before that x and hardly any running across it (the
    name and a headline set larger than the body text may run across both). Two
    columns that flow apart seldom share a baseline. Labels set beside their text (the
    Europass CV's headings and periods in a left margin, LaTeX CV classes' dates) also leave
    such a gap, but more than half of them sit on the baseline of a line beside them, and
    reading those row by row keeps each label with its text (`_are_labels`): that is no
    second column, and a label is kept apart from its text by a tab. A margin of labels may
    be narrower than a quarter of the page (moderncv's dates stand in a sixth of it); text
    starting left of a quarter is taken for labels' text, never for a second column.
    """
    sizes = sorted(p.size for p in pieces)
    # the name and headline in a larger font run across both columns of many layouts
    banner = sizes[len(sizes) // 2] * 1.3 if sizes else 0.0
    aligned: dict[int, list[float]] = defaultdict(list)
    for piece in pieces:
        # a right-aligned period also starts many lines at one x (its width is the same
        # each time), but it is no column
        if piece.x > width * _LABELS_EDGE and not _is_period(piece.text):
            aligned[round(piece.x / _ALIGN)].append(piece.x)
    best: tuple[int, float] | None = None
    labels: tuple[int, float] | None = None
    for xs in sorted(aligned.values(), key=min):
        if len(xs) < 3:
            continue
        split = min(xs) - _ALIGN
        left = [p for p in pieces if p.x < split and p.lead_end <= split + _ALIGN * 4]
        across = sum(
            1
            for p in pieces
            if p.x < split and p.lead_end > split + _ALIGN * 4 and p.size <= banner
        )
        left_rows = _rows(left)
        right_rows = _rows([p for p in pieces if p.x >= split])
        if len(left_rows) < _COLUMN_LINES - 1 or len(right_rows) < _COLUMN_LINES:
            continue
        if across > 0.1 * (len(left_rows) + across):
            continue
        baselines = [row[0].y for row in right_rows]
        beside = [
            row for row in left_rows if any(abs(row[0].y - y) <= row[0].size / 3 for y in baselines)
        ]
        if len(beside) <= len(left_rows) / 2 or not _are_labels(beside, left_rows, right_rows):
            if split < width * 0.25:
                continue
            if best is None or len(right_rows) > best[0]:
                best = (len(right_rows), split)
        elif labels is None or len(right_rows) > labels[0]:
            labels = (len(right_rows), split)
    if best is not None:
        return best[1], None
    return None, labels[1] if labels else None


def _is_period(text: str) -> bool:
    """Whether a piece is a period on its own ("2021 – 2024", "Jan 2019 – Present")."""
    return bool(_YEAR.search(text)) and len(text.strip()) <= 25


def _are_labels(rows: list[list[_Piece]], left: list, right: list) -> bool:
    """Whether the left-hand rows that share baselines with text beside them (`rows`, of
    all `left` rows) are labels of that text: set right-aligned (their starts vary), mostly
    periods, or the heads of a table's rows (nearly every left row beside a right one, and
    more than twice as many right rows as left). A sidebar set in the same font and leading
    as the main column also shares its baselines, but its lines start at one x, are not
    periods and run about as long as the main column: it is a column of its own.
    """
    starts = [row[0].x for row in rows]
    dated = sum(1 for row in rows if _YEAR.search(" ".join(p.text for p in row)))
    heads = len(rows) >= 0.8 * len(left) and 2 * len(left) <= len(right)
    return max(starts) - min(starts) > 3 * _ALIGN or 2 * dated >= len(rows) or heads


def _mark_headings(lines: list[Line]) -> None:
    """A line in a larger font than the body text is a heading; the largest one a title."""
    sizes = sorted(round(line.size, 1) for line in lines if line.size)
    if not sizes:
        return
    body = sizes[len(sizes) // 2]
    largest = sizes[-1]
    for line in lines:
        if line.size > body * 1.15:
            line.heading = True
        if largest > body * 1.3 and round(line.size, 1) == largest and line.page == 1:
            line.title = True
