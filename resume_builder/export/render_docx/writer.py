"""The blocks of the document tree appended to a python-docx document in reading order."""

from __future__ import annotations

from typing import TYPE_CHECKING

from resume_builder.export import scripts
from resume_builder.export.document import (
    Block,
    Bullet,
    Contact,
    Entry,
    Inline,
    Paragraph,
    Run,
    Section,
    Table,
)
from resume_builder.export.links import safe_link
from resume_builder.export.render_docx.styles import (
    STYLE_CONTACT,
    STYLE_ENTRY_DATES,
    STYLE_ENTRY_DETAILS,
    STYLE_ENTRY_SCOPE,
    STYLE_HEADLINE,
    STYLE_HYPERLINK,
    STYLE_MUTED,
    STYLE_SMALL,
    STYLE_TABLE_HEADING,
    STYLE_TABLE_TEXT,
    TABLE_CELL_PADDING_TWIPS,
)
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
        self, doc: DocxDocument, style: Style, cleaner: TextCleaner, text_width_mm: float
    ) -> None:
        self.doc = doc
        self.style = style
        self.clean = cleaner
        self.text_width_mm = text_width_mm
        self._top_sections = 0  # top-level sections written so far

    def contact(self, contact: Contact) -> None:
        name = self.clean.line(contact.name)
        if name:
            self.doc.add_paragraph(name, style="Title")
        headline = self.clean.line(contact.headline)
        if headline:
            self.doc.add_paragraph(headline, style=STYLE_HEADLINE)
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
        if items:
            paragraph = self.doc.add_paragraph(style=STYLE_CONTACT)
            for index, item in enumerate(items):
                if index:
                    paragraph.add_run(_CONTACT_JOIN)
                self._add_run(paragraph, item, clean=False)

    def section(self, section: Section, depth: int) -> None:
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
            paragraph = self.doc.add_paragraph(
                title, style="Heading 1" if depth == 0 else "Heading 2"
            )
            paragraph.paragraph_format.keep_with_next = True
            if section.page_break_before:
                paragraph.paragraph_format.page_break_before = True
        self.blocks(section.children, depth + 1)

    def _untitled_section(self, section: Section) -> None:
        """A top-level section without a heading (a letter's paragraph), set apart by space.

        With no heading to set it apart, a blank line of body text does, as between a
        letter's paragraphs; the first one under the contact block (a letter's date) gets
        two, as a letter's date sits apart from its letterhead. The space goes on its first
        paragraph as direct formatting: the paragraph keeps its style (Normal, List Bullet).
        """
        from docx.oxml.ns import qn
        from docx.shared import Pt
        from docx.text.paragraph import Paragraph as DocxParagraph

        body = self.doc.element.body
        before = len(body.findall(qn("w:p")))
        # Only the contact block can have been written before the first top-level section.
        under_contact = before > 0 and not self._top_sections
        self.blocks(section.children, 1)
        added = body.findall(qn("w:p"))[before:]
        if not added:
            return
        line = self.style.body_size * self.style.line_spacing
        first = DocxParagraph(added[0], self.doc._body)
        first.paragraph_format.space_before = Pt(round(line * (2 if under_contact else 1), 1))

    def blocks(self, blocks: list[Block], depth: int) -> None:
        for block in blocks:
            if isinstance(block, Section):
                self.section(block, depth)
            elif isinstance(block, Entry):
                self.entry(block, depth)
            elif isinstance(block, Bullet):
                self.bullet(block)
            elif isinstance(block, Paragraph):
                self.paragraph(block)
            elif isinstance(block, Table):
                self.table(block)

    def entry(self, entry: Entry, depth: int) -> None:
        title = self.clean.line(entry.title)
        dates = self.clean.line(entry.dates)
        scope = self.clean.body(entry.scope).strip()
        lines: list[DocxParagraph] = []
        if title or dates:
            heading = self.doc.add_paragraph(style="Heading 2")
            if title:
                heading.add_run(title)
            if dates:
                # Title, tab and dates in three runs: parsers that read runs, and people who
                # edit the file, both see the dates as their own field.
                heading.add_run("\t")
                heading.add_run(dates, style=STYLE_ENTRY_DATES)
            lines.append(heading)
        organisation = self.clean.line(entry.organisation)
        location = self.clean.line(entry.location)
        if organisation or location:
            line = self.doc.add_paragraph(style=STYLE_ENTRY_DETAILS)
            if organisation:
                line.add_run(organisation)
            if organisation and location:
                line.add_run(CONTACT_SEPARATOR)
            if location:
                line.add_run(location)
            lines.append(line)
        if scope:
            lines.append(self.doc.add_paragraph(scope, style=STYLE_ENTRY_SCOPE))
        # Chain the heading lines to each other and to the first bullet, so a role heading
        # never stands alone at the bottom of a page; the last line of an entry without
        # children is left free, or whole sections of short entries would glue together.
        for index, line in enumerate(lines):
            if entry.children or index < len(lines) - 1:
                line.paragraph_format.keep_with_next = True
        self.blocks(entry.children, depth + 1)

    def bullet(self, bullet: Bullet) -> None:
        runs = self._clean_runs(bullet.runs)
        if not runs:
            return
        paragraph = self.doc.add_paragraph(
            style="List Bullet 2" if bullet.level >= 1 else "List Bullet"
        )
        for run in runs:
            self._add_run(paragraph, run, clean=False)
        if bullet.outline:
            # A bullet that heads what follows (a CMD story's headline) never ends a page.
            paragraph.paragraph_format.keep_with_next = True

    def paragraph(self, block: Paragraph) -> None:
        runs = self._clean_runs(block.runs)
        if not runs:
            return
        style_name = {"small": STYLE_SMALL, "muted": STYLE_MUTED}.get(block.style, "Normal")
        paragraph = self.doc.add_paragraph(style=style_name)
        for run in runs:
            self._add_run(paragraph, run, clean=False)
        if block.keep_with_next:
            paragraph.paragraph_format.keep_with_next = True

    def table(self, table: Table) -> None:
        from docx.enum.table import WD_TABLE_ALIGNMENT
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn
        from docx.shared import Mm

        rows = [table.header, *table.rows]
        body = self.doc.element.body
        content = [child for child in body if child.tag != qn("w:sectPr")]
        if content and content[-1].tag == qn("w:tbl"):
            # Word merges two tables that touch into one; a paragraph keeps them apart.
            self.doc.add_paragraph(style="Normal")
        word_table = self.doc.add_table(rows=len(rows), cols=2)
        word_table.style = self.doc.styles["Table Grid"]
        word_table.alignment = WD_TABLE_ALIGNMENT.LEFT
        word_table.autofit = False
        widths = (Mm(self.text_width_mm * 0.32), Mm(self.text_width_mm * 0.68))
        for column, width in zip(word_table.columns, widths, strict=True):
            column.width = width
        # In the file's compatibility mode (Word 2010) the indent is measured to the cell
        # text, so without it the left border would stick out into the margin by one cell
        # padding; an indent of exactly that padding lines the borders up with the headings.
        indent = OxmlElement("w:tblInd")
        indent.set(qn("w:w"), str(TABLE_CELL_PADDING_TWIPS))
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
        for row_index, (row, values) in enumerate(zip(word_table.rows, rows, strict=True)):
            tr_pr = row._tr.get_or_add_trPr()
            # A row split over two pages loses its left cell's meaning; and the header row
            # repeats on each page a long index runs over.
            tr_pr.append(OxmlElement("w:cantSplit"))
            if row_index == 0:
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
            for cell, width, value in zip(row.cells, widths, values, strict=True):
                cell.width = width
                lines = self.clean.body(value).split("\n") or [""]
                first = cell.paragraphs[0]
                first.style = self.doc.styles[paragraph_style]
                first.add_run(lines[0])
                for line in lines[1:]:
                    # One paragraph per line: a break inside one paragraph reads as one item.
                    cell.add_paragraph(line, style=paragraph_style)

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
        word_run = paragraph.add_run(text, style=STYLE_HYPERLINK)
        if run.bold:
            word_run.bold = True
        if run.italic:
            word_run.italic = True
        # add_run appended the run to the paragraph; moving it into the hyperlink keeps its
        # formatting and text handling (tabs, breaks) from python-docx.
        hyperlink.append(word_run._r)
        paragraph._p.append(hyperlink)
