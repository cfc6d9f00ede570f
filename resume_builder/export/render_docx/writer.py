"""The blocks of the document tree appended to a python-docx document in reading order."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from resume_builder.export import scripts
from resume_builder.export.document import (
    Block,
    Bullet,
    Contact,
    Contents,
    Entry,
    Inline,
    Paragraph,
    Run,
    Section,
    Table,
    held_with_next,
)
from resume_builder.export.links import safe_link
from resume_builder.export.render_docx.contents import Places, write_contents
from resume_builder.export.render_docx.styles import (
    STYLE_CONTACT,
    STYLE_ENTRY_DATES,
    STYLE_ENTRY_DETAILS,
    STYLE_ENTRY_SCOPE,
    STYLE_HEADLINE,
    STYLE_HYPERLINK,
    STYLE_MUTED,
    STYLE_SMALL,
    STYLE_SUBHEADING,
    STYLE_TABLE_HEADING,
    STYLE_TABLE_TEXT,
    Spacing,
)
from resume_builder.export.render_docx.tables import pad_cell, rule_below, table_lines
from resume_builder.export.style import Style
from resume_builder.export.text import clean_text_counted, unbreakable_phone

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument
    from docx.text.paragraph import Paragraph as DocxParagraph

CONTACT_SEPARATOR = " · "
#: how the separator is written between contact items: Word may break only before it, so a
#: "·" begins the next line with its item rather than dangling at the end of a line
_CONTACT_JOIN = " ·\u00a0"
#: lines of height each row of writing space gets (a brief's notes)
WRITING_LINES = 4
#: lines a bullet may have and still move whole to the next page (the PDF's rule)
MAX_WHOLE_LINES = 5
# The width of an average letter of the Noto faces in running text, in font sizes.
_AVERAGE_LETTER = 0.5


class TextCleaner:
    """Cleans user text as every format does (export/text.py) and counts what it removed:
    the control characters python-docx refuses (an XML file cannot hold them) make one warning.
    """

    def __init__(self) -> None:
        self.dropped = 0
        #: some text holds Arabic or Hebrew (its runs are marked right to left at the end)
        self.saw_rtl = False
        #: some text is not ASCII (it may hold signs the template's fonts lack)
        self.saw_non_ascii = False

    def _note_rtl(self, text: str) -> None:
        if text.isascii():
            return
        self.saw_non_ascii = True
        if not self.saw_rtl and scripts.has_rtl(text):
            self.saw_rtl = True

    def body(self, text: str) -> str:
        """Running text: every kind of line end is a line break."""
        cleaned, count = clean_text_counted(text)
        self.dropped += count
        self._note_rtl(cleaned)
        return cleaned

    def line(self, text: str) -> str:
        """One-line text (titles, dates, headings): a break would split an ATS field, so it
        becomes a space.
        """
        cleaned, count = clean_text_counted(text, keep_newlines=False)
        self.dropped += count
        self._note_rtl(cleaned)
        return cleaned.strip()

    def warnings(self) -> list[str]:
        if not self.dropped:
            return []
        if self.dropped == 1:
            return ["1 character that a DOCX cannot hold was left out"]
        return [f"{self.dropped} characters that a DOCX cannot hold were left out"]


class Writer:
    """Appends the blocks of the tree to a python-docx document in reading order."""

    def __init__(
        self,
        doc: DocxDocument,
        style: Style,
        cleaner: TextCleaner,
        text_width_mm: float,
        spacing: Spacing,
        places: Places | None = None,
    ) -> None:
        self.doc = doc
        #: the contents lines, bookmarks and pages the document's references need
        self.places = places or Places()
        self.style = style
        self.clean = cleaner
        self.text_width_mm = text_width_mm
        self.spacing = spacing
        self._top_sections = 0  # top-level sections written so far
        # The space below the last paragraph written (points): the PDF lets the larger of it
        # and the next paragraph's space above stand, where Word would add the two.
        self._space_after = 0.0
        self._style_ids: dict[str, str | None] = {}

    def _style_id(self, name: str) -> str | None:
        """The id of a style by name (None for Normal, which paragraphs get by default).

        Looked up once: python-docx scans every style of the file for the default each time
        it is given a style by name, which was most of the time of writing a résumé.
        """
        if name not in self._style_ids:
            found = self.doc.styles[name]
            self._style_ids[name] = None if found.style_id == "Normal" else found.style_id
        return self._style_ids[name]

    def _styled(self, item: Any, name: str) -> Any:
        """A paragraph or run given the style `name` (by id, see `_style_id`)."""
        element = item._p if hasattr(item, "_p") else item._r
        element.style = self._style_id(name)
        return item

    def _add(
        self, style_name: str, text: str | None = None, *, before: float | None = None
    ) -> DocxParagraph:
        """A paragraph of `style_name`, spaced from the one above as the PDF spaces them.

        Args:
            style_name: the Word style.
            text: its text, if it is one run of the style.
            before: the PDF's space above this paragraph where it is not the style's (the
                first block under a heading has none).

        """
        from docx.shared import Pt

        paragraph = self._styled(self.doc.add_paragraph(text), style_name)
        wanted = self.spacing.before.get(style_name, 0.0) if before is None else before
        # Word adds the space above to the one below the previous paragraph; the PDF takes
        # the larger of the two.
        actual = max(0.0, wanted - self._space_after)
        if actual != self.spacing.before.get(style_name, 0.0):
            paragraph.paragraph_format.space_before = Pt(round(actual, 2))
        self._space_after = self.spacing.after.get(style_name, 0.0)
        return paragraph

    def add_paragraph(self, style_name: str, *, before: float | None = None) -> DocxParagraph:
        """An empty paragraph of `style_name`, spaced as `_add` spaces it."""
        return self._add(style_name, before=before)

    def contact(self, contact: Contact) -> None:
        from resume_builder.export.photo import has_photo

        photo = has_photo(contact)
        written: list[DocxParagraph] = []
        name = self.clean.line(contact.name)
        if name or photo:
            written.append(self._add("Title", name))
        headline = self.clean.line(contact.headline)
        if headline:
            written.append(self._add(STYLE_HEADLINE, headline))
        # No-break spaces inside a phone number: Word must not split it over two lines.
        items = [
            Run(
                unbreakable_phone(self.clean.line(item.text).strip()),
                item.bold,
                item.italic,
                self.clean.line(item.link),
            )
            for item in contact.items
        ]
        items = [item for item in items if item.text]
        room_mm = self.text_width_mm
        if photo:
            from resume_builder.export.photo import photo_size_mm, text_indents_mm

            left, right = text_indents_mm(
                self.style, photo_size_mm(self.style, contact.photo_pixels)[0]
            )
            room_mm -= left + right
        if items:
            paragraph = self._add(STYLE_CONTACT)
            written.append(paragraph)
            for number, line in enumerate(self._contact_lines(items, room_mm)):
                if number:
                    paragraph.add_run().add_break()
                for index, item in enumerate(line):
                    if index:
                        paragraph.add_run(_CONTACT_JOIN)
                    self._add_run(paragraph, item, clean=False)
        if photo:
            lines = [self._lines_of(name, self.style.heading_font, self.style.name_size, room_mm)]
            if headline:
                lines.append(
                    self._lines_of(
                        headline, self.style.body_font, self.style.headline_size, room_mm
                    )
                )
            if items:
                lines.append(len(self._contact_lines(items, room_mm)))
            self._beside_photo(contact, written, lines, left)

    def _beside_photo(
        self, contact: Contact, written: list[DocxParagraph], lines: list[int], left_mm: float
    ) -> None:
        """The photo floating beside the contact paragraphs, the last of which ends below it.

        Args:
            contact: the contact block.
            written: its paragraphs (the name's first).
            lines: how many lines each of them takes.
            left_mm: the room kept on the text's left (a centred block's).

        """
        from docx.shared import Mm, Pt

        from resume_builder.export.render_docx.photo import (
            add_floating_photo,
            space_to_clear_photo,
        )

        add_floating_photo(written[0], self.style, contact)
        height = 0.0
        for number, (paragraph, count) in enumerate(zip(written, lines, strict=True)):
            if left_mm:  # a centred block keeps the photo's room on its left too
                paragraph.paragraph_format.left_indent = Mm(left_mm)
            own = paragraph.paragraph_format
            styled = paragraph.style.paragraph_format
            before = own.space_before if own.space_before is not None else styled.space_before
            height += (before.pt if before is not None else 0.0) + count * styled.line_spacing.pt
            if number < len(written) - 1:
                after = styled.space_after
                height += after.pt if after is not None else 0.0
        clear = space_to_clear_photo(self.style, contact, height)
        if clear > self._space_after:
            # The PDF puts the first heading its whole space above below the photo: that
            # space goes here too, and the heading gets none of its own (see `_add`).
            after = clear + self.spacing.before.get("Heading 1", 0.0)
            written[-1].paragraph_format.space_after = Pt(round(after, 2))
            self._space_after = after
        else:
            # Taller than the photo, the PDF's row ends below the last paragraph's space,
            # and the next one's space above is added to it, not overlapped.
            self._space_after = 0.0

    def _lines_of(self, text: str, family: str, size: float, room_mm: float) -> int:
        """About how many lines a one-line field (the name, the headline) takes in `room_mm`."""
        from resume_builder.export.render_docx.embedded_fonts import text_width

        room = room_mm * 72 / 25.4
        return max(1, -int(-text_width(text, family, size) * 1.05 // room)) if room > 0 else 1

    def _contact_lines(self, items: list[Run], room_mm: float) -> list[list[Run]]:
        """The contact items packed whole onto lines as the PDF packs them, so no line starts
        with a separator and the lines break where the PDF's do.
        """
        from resume_builder.export.render_docx.embedded_fonts import text_width

        family, size = self.style.body_font, self.style.small_size
        separator = text_width(CONTACT_SEPARATOR, family, size)
        # The PDF's room: a little to spare, for a run in a wider fallback face.
        room = room_mm * 72 / 25.4 * 0.97
        lines: list[list[Run]] = []
        used = 0.0
        for item in items:
            width = text_width(item.text, family, size)
            if lines and used + separator + width <= room:
                lines[-1].append(item)
                used += separator + width
            else:
                lines.append([item])
                used = width
        return lines

    def section(self, section: Section, depth: int, first: bool = False) -> None:
        title = self.clean.line(section.title)
        if not title and depth == 0:
            self._untitled_section(section)
            self._top_sections += 1
            return
        if depth == 0:
            self._top_sections += 1
        if title:
            if depth == 0 and self.style.heading_upper:
                # Capitals in the text itself, not w:caps: an ATS reads the stored letters.
                title = title.upper()
            paragraph = self._add("Heading 1" if depth == 0 else STYLE_SUBHEADING, title)
            paragraph.paragraph_format.keep_with_next = True
            if section.page_break_before:
                from docx.shared import Pt

                paragraph.paragraph_format.page_break_before = True
                # The PDF drops a heading's space above at the top of a page; Word and
                # LibreOffice keep it after a page break, which would push the page down.
                paragraph.paragraph_format.space_before = Pt(0)
            self.places.mark_target(section, paragraph)
        self.blocks(section.children, depth + 1, under="heading" if title else "")

    def _untitled_section(self, section: Section) -> None:
        """A top-level section without a heading (a letter's paragraph), set apart by space.

        With no heading to set it apart, a blank line of body text does, as between a
        letter's paragraphs; the first one under the contact block (a letter's date) gets
        two, as a letter's date sits apart from its letterhead. The space goes on its first
        paragraph as direct formatting: the paragraph keeps its style (Normal, List Bullet).
        """
        from docx.oxml.ns import qn

        body = self.doc.element.body
        before = len(body.findall(qn("w:p")))
        # Only the contact block can have been written before the first top-level section.
        under_contact = before > 0 and not self._top_sections
        line = self.style.body_size * self.style.line_spacing
        self.blocks(section.children, 1, first_before=line * (2 if under_contact else 1))

    def blocks(
        self,
        blocks: list[Block],
        depth: int,
        *,
        first_before: float | None = None,
        under: str = "",
    ) -> None:
        """Appends `blocks`; the first entry or paragraph of a list sits right under what is
        above it (as in the PDF), unless `first_before` gives it a space of its own. `under`
        is what the list hangs from, for its keep-with-next rules (`held_with_next`).
        """
        held = held_with_next(blocks, under)
        for index, block in enumerate(blocks):
            first = index == 0
            before = first_before if index == 0 else None
            if isinstance(block, Section):
                self.section(block, depth)
            elif isinstance(block, Entry):
                self.entry(block, depth, 0.0 if first and before is None else before)
            elif isinstance(block, Bullet):
                self.bullet(block, before, keep_with_next=index in held)
            elif isinstance(block, Paragraph):
                before = 0.0 if first and before is None else before
                self.paragraph(block, before, keep_with_next=index in held)
            elif isinstance(block, Table):
                self.table(block)
            elif isinstance(block, Contents):
                write_contents(self, self.places)

    def entry(self, entry: Entry, depth: int, before: float | None = None) -> None:
        title = self.clean.line(entry.title)
        dates = self.clean.line(entry.dates)
        scope = self.clean.body(entry.scope).strip()
        lines: list[DocxParagraph] = []
        if title or dates:
            heading = self._add("Heading 2", before=before)
            before = None
            if title:
                heading.add_run(title)
            if dates:
                # Title, tab and dates in three runs: parsers that read runs, and people who
                # edit the file, both see the dates as their own field.
                heading.add_run("\t")
                self._styled(heading.add_run(dates), STYLE_ENTRY_DATES)
            lines.append(heading)
        organisation = self.clean.line(entry.organisation)
        location = self.clean.line(entry.location)
        if organisation or location:
            line = self._add(STYLE_ENTRY_DETAILS)
            if organisation:
                line.add_run(organisation)
            if organisation and location:
                line.add_run(CONTACT_SEPARATOR)
            if location:
                line.add_run(location)
            lines.append(line)
        if scope:
            lines.append(self._add(STYLE_ENTRY_SCOPE, scope))
        if lines:
            self.places.mark_target(entry, lines[0])
        # Chain the heading lines to each other and to the first bullet, so a role heading
        # never stands alone at the bottom of a page; the last line of an entry without
        # children is left free, or whole sections of short entries would glue together.
        for index, line in enumerate(lines):
            if entry.children or index < len(lines) - 1:
                line.paragraph_format.keep_with_next = True
        self.blocks(entry.children, depth + 1, under="entry")

    def bullet(
        self, bullet: Bullet, before: float | None = None, *, keep_with_next: bool = False
    ) -> None:
        runs = self._clean_runs(bullet.runs)
        if not runs:
            return
        paragraph = self._add(
            "List Bullet 2" if bullet.level >= 1 else "List Bullet", before=before
        )
        for run in runs:
            self._add_run(paragraph, run, clean=False)
        if bullet.outline:
            self.places.mark_story(bullet, paragraph)
        if bullet.outline or keep_with_next:
            # A bullet that heads what follows (a CMD story's headline, or a bullet with
            # sub-points) never ends a page.
            paragraph.paragraph_format.keep_with_next = True
        if self._lines(runs, self.style.bullet_indent_mm * (bullet.level + 1)) > MAX_WHOLE_LINES:
            # As in the PDF, a long bullet (a CMD story) may run on over a page end, or a
            # page could never hold it.
            paragraph.paragraph_format.keep_together = False

    def _lines(self, runs: list[Run], indent_mm: float) -> float:
        """About how many lines the runs fill (an average letter is half the size wide)."""
        width = (self.text_width_mm - indent_mm) * 72 / 25.4
        letters = sum(len(run.text) for run in runs)
        return letters * self.style.body_size * _AVERAGE_LETTER / width

    def paragraph(
        self, block: Paragraph, before: float | None = None, *, keep_with_next: bool = False
    ) -> None:
        runs = self._clean_runs(block.runs)
        if not runs:
            return
        style_name = {"small": STYLE_SMALL, "muted": STYLE_MUTED}.get(block.style, "Normal")
        # A paragraph is set apart from the block above it by two bullets' spaces.
        if before is None:
            before = self.style.bullet_space * 2
        paragraph = self._add(style_name, before=before)
        for run in runs:
            self._add_run(paragraph, run, clean=False)
        if block.keep_with_next or keep_with_next:
            paragraph.paragraph_format.keep_with_next = True

    def table(self, table: Table) -> None:
        from docx.enum.table import WD_TABLE_ALIGNMENT
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn
        from docx.shared import Mm

        rows = table_lines(table, self.clean.body)
        body = self.doc.element.body
        content = [child for child in body if child.tag != qn("w:sectPr")]
        if content and content[-1].tag == qn("w:tbl"):
            # Word merges two tables that touch into one; a paragraph keeps them apart.
            self.doc.add_paragraph()
        word_table = self.doc.add_table(rows=len(rows), cols=2)
        word_table.style = self.doc.styles["Table Grid"]
        word_table.alignment = WD_TABLE_ALIGNMENT.LEFT
        word_table.autofit = False
        widths = (Mm(self.text_width_mm * 0.32), Mm(self.text_width_mm * 0.68))
        for column, width in zip(word_table.columns, widths, strict=True):
            column.width = width
        # The cells have no left padding (see styles.py), so the text lines up with the
        # headings, as in the PDF; the indent is stated, as Word 2010 files measure it.
        indent = OxmlElement("w:tblInd")
        indent.set(qn("w:w"), "0")
        indent.set(qn("w:type"), "dxa")
        word_table._tbl.tblPr.insert_element_before(
            indent,
            "w:tblBorders",
            "w:shd",
            "w:tblLayout",
            "w:tblCellMar",
            "w:tblLook",
            "w:tblCaption",
            "w:tblDescription",
            "w:tblPrChange",
        )
        last_row = len(rows) - 1
        for row_index, (row, (cells, first, last)) in enumerate(
            zip(word_table.rows, rows, strict=True)
        ):
            tr_pr = row._tr.get_or_add_trPr()
            # Each row is one of the PDF's rows (a line of a cell: one story of the index) and
            # is never split: the pages of a long table break between the same lines in both.
            tr_pr.append(OxmlElement("w:cantSplit"))
            if row_index == 0:
                # The header row repeats on each page a long index runs over.
                tr_pr.append(OxmlElement("w:tblHeader"))
            elif table.writing_space:
                # Room to write in: Word cannot stretch rows over what a page leaves, so
                # each row is a few lines tall (at least: a long label still shows whole).
                height = OxmlElement("w:trHeight")
                lines = self.style.body_size * self.style.line_spacing * WRITING_LINES
                height.set(qn("w:val"), str(round(lines * 20)))
                height.set(qn("w:hRule"), "atLeast")
                tr_pr.append(height)
            paragraph_style = STYLE_TABLE_HEADING if row_index == 0 else STYLE_TABLE_TEXT
            for column, (cell, width, lines) in enumerate(
                zip(row.cells, widths, cells, strict=True)
            ):
                cell.width = width
                if row_index == 0:
                    rule_below(cell, self.style.rule_color)
                else:
                    pad_cell(cell, first, last, row_index == last_row)
                lines = lines or [""]
                paragraph = cell.paragraphs[0]
                self._styled(paragraph, paragraph_style)
                paragraph.add_run(lines[0])
                written = [paragraph]
                for line in lines[1:]:
                    # One paragraph per line: a break inside one paragraph reads as one item.
                    written.append(self._styled(cell.add_paragraph(line), paragraph_style))
                if table.page_refs and row_index and column == 1:
                    for paragraph, line in zip(written, lines, strict=True):
                        self.places.story_reference(paragraph, line, table.page_refs)
        # Nothing below a table shares its space with the next paragraph's.
        self._space_after = 0.0

    def _clean_runs(self, runs: Inline) -> list[Run]:
        cleaned = [
            Run(self.clean.body(run.text), run.bold, run.italic, self.clean.line(run.link))
            for run in runs
        ]
        return [run for run in cleaned if run.text]

    def _add_run(self, paragraph: DocxParagraph, run: Run, *, clean: bool = True) -> None:
        text = self.clean.body(run.text) if clean else run.text
        if not text:
            return
        # Only web and e-mail targets become links; anything else (javascript:, file:, tel:)
        # stays plain text, as Word would otherwise offer to open it.
        href = safe_link(run.link)
        if href:
            self._add_hyperlink(paragraph, run, text, href)
            return
        word_run = paragraph.add_run(text)
        if run.bold:
            word_run.bold = True
        if run.italic:
            word_run.italic = True

    def _add_hyperlink(self, paragraph: DocxParagraph, run: Run, text: str, href: str) -> None:
        """A real w:hyperlink to `href` around a run that keeps the plain visible text."""
        from docx.opc.constants import RELATIONSHIP_TYPE
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        relationship_id = paragraph.part.relate_to(
            href, RELATIONSHIP_TYPE.HYPERLINK, is_external=True
        )
        hyperlink = OxmlElement("w:hyperlink")
        hyperlink.set(qn("r:id"), relationship_id)
        hyperlink.set(qn("w:history"), "1")
        word_run = self._styled(paragraph.add_run(text), STYLE_HYPERLINK)
        if run.bold:
            word_run.bold = True
        if run.italic:
            word_run.italic = True
        # add_run appended the run to the paragraph; moving it into the hyperlink keeps its
        # formatting and text handling (tabs, breaks) from python-docx.
        hyperlink.append(word_run._r)
        paragraph._p.append(hyperlink)
