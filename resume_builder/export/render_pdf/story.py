"""The document tree as reportlab flowables: contact block, sections, entries, bullets, tables."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from resume_builder.export import scripts
from resume_builder.export.document import (
    Block,
    Bullet,
    Contact,
    Contents,
    ContentsRow,
    Document,
    Entry,
    Paragraph,
    Run,
    Section,
    Table,
    held_with_next,
)
from resume_builder.export.render_pdf.contents import contents_flowables
from resume_builder.export.render_pdf.flowables import flowable_classes
from resume_builder.export.render_pdf.markup import PdfText, escape_markup
from resume_builder.export.render_pdf.pages import deferred_flowable
from resume_builder.export.render_pdf.styles import MM, PAGE_SIZES, paragraph_styles
from resume_builder.export.render_pdf.tables import page_headed_piece
from resume_builder.export.style import Style, line_height
from resume_builder.export.text import clean_text

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

_CONTACT_SEPARATOR = " · "
# Rows per piece of a long table (about a page of one-line rows); see StoryBuilder._table.
_TABLE_CHUNK_ROWS = 16


class StoryBuilder(PdfText):
    """Turns the document tree into reportlab flowables, cleaning every user string."""

    def __init__(
        self,
        style: Style,
        page_size: str,
        faces: list[tuple[str, bool, bool]],
        layout: dict | None = None,
    ) -> None:
        super().__init__(style, faces)
        # A paragraph's line breaks follow from its markup, its style and the faces registered
        # (which decide its fonts): with the template and paper fixed, that is its key.
        self._layout = layout
        self._layout_key = tuple(faces)
        self.width = PAGE_SIZES[page_size][0] - (style.margin_left_mm + style.margin_right_mm) * MM
        self._styles = paragraph_styles(style, self.font)
        self._frag_templates: dict[tuple[str, str], list[Any] | None] = {}
        self._label_styles: dict[tuple[str, str], tuple[Any, str] | None] = {}
        #: an outline bullet's text -> the page it was printed on, filled as pages are laid out
        self.story_pages: dict[str, int] = {}
        #: the table of contents' lines (contents_rows), and each line's block by id()
        self.contents: list[ContentsRow] = []
        self._contents_index: dict[int, int] = {}

    # -- blocks ----------------------------------------------------------------------------

    def story(self, document: Document) -> list[Flowable]:
        from reportlab.platypus import Spacer

        flowables: list[Flowable] = []
        self.contents = document.contents()
        self._contents_index = {id(row.block): index for index, row in enumerate(self.contents)}
        if document.contact is not None:
            flowables.extend(self._contact(document.contact))
        for number, section in enumerate(document.sections):
            under_contact = number == 0 and bool(flowables)
            flowables.extend(
                self._section(section, depth=0, first=not flowables, under_contact=under_contact)
            )
        if not flowables:
            # reportlab writes no page at all for an empty story; a blank page is expected.
            flowables.append(Spacer(0, 0))
        return flowables

    def script_fonts_for(self, *texts: str) -> dict[str, str]:
        """The fallback fonts a line drawn as plain strings needs for `texts`: Arabic or
        Hebrew stretches, and the signs (arrows, minus) drawn in Noto Sans Math.
        """
        found = {scripts.script_of(text) for text in texts}
        fonts = {
            script: self.fallback_font(script) for script in ("arabic", "hebrew") if script in found
        }
        if self.has_math("".join(texts)):
            fonts["math"] = self.fallback_font("math")
        return fonts

    def body_color(self) -> Any:
        """The body text's colour."""
        return self._styles["body"].textColor

    def _paragraph(self, markup: str, style_name: str, **attributes: Any) -> Flowable:
        paragraph = self._make(flowable_classes().WrapOnceParagraph, markup, style_name)
        for name, value in attributes.items():
            setattr(paragraph, name, value)
        return paragraph

    def _contact(self, contact: Contact) -> list[Flowable]:
        from resume_builder.export.photo import has_photo

        width = self.width
        if has_photo(contact):
            from resume_builder.export.render_pdf.photo import text_width_beside_photo

            width = text_width_beside_photo(self.style, contact, self.width)
        flowables = []
        name = self.text_markup(contact.name)
        if name:
            flowables.append(self._paragraph(name, "name"))
        headline = self.text_markup(contact.headline)
        if headline:
            flowables.append(self._paragraph(headline, "headline"))
        lines = self._contact_lines([item for item in contact.items if item.text.strip()], width)
        if lines:
            flowables.append(self._paragraph("<br/>".join(lines), "contact"))
        if has_photo(contact):
            from resume_builder.export.render_pdf.photo import contact_with_photo

            return contact_with_photo(self.style, contact, flowables, self.width)
        return flowables

    def _contact_lines(self, items: list[Run], text_width: float) -> list[str]:
        """The contact items packed whole onto lines, separators only between items on one
        line: a phone number or an address never breaks inside, and no "·" ends or starts a
        line (reportlab would break at any blank and leave the separator dangling).
        """
        from reportlab.pdfbase.pdfmetrics import stringWidth

        style = self._styles["contact"]
        font, size = style.fontName, style.fontSize

        def width(text: str) -> float:
            return stringWidth(text, font, size)

        separator = width(_CONTACT_SEPARATOR)
        # A little room to spare: a run in another script may be set in a wider fallback face.
        room = text_width * 0.97
        lines: list[list[str]] = []
        used = 0.0
        for item in items:
            markup = self.markup([item])
            if not markup.strip():
                continue
            item_width = width(self.clean(item.text).strip())
            if lines and used + separator + item_width <= room:
                lines[-1].append(markup)
                used += separator + item_width
            else:
                lines.append([markup])
                used = item_width
        return [escape_markup(_CONTACT_SEPARATOR).join(line) for line in lines]

    def _section(
        self, section: Section, depth: int, first: bool, under_contact: bool = False
    ) -> list[Flowable]:
        from reportlab.platypus import HRFlowable, PageBreak

        flowables: list[Flowable] = []
        if section.page_break_before and not first:
            flowables.append(PageBreak())
        upper = self.style.heading_upper and depth == 0
        title = self.text_markup(section.title, upper=upper)
        if title:
            # The capitals are in the text itself, not a font feature, so extracted text
            # shows the heading as the reader sees it.
            heading_style = "heading" if depth == 0 else "subheading"
            flowables.append(self._paragraph(title, heading_style, keepWithNext=1))
            # A bookmark in a PDF that has an outline (the CMD): the heading as written.
            flowables[-1]._rb_outline = (self.clean(section.title), depth)
            flowables[-1]._rb_contents = self._contents_index.get(id(section))
            if self.style.heading_rule and depth == 0:
                rule = HRFlowable(
                    width="100%",
                    # 5/8 pt: a width a Word border can have (render_docx/styles.py).
                    thickness=0.625,
                    color=self.style.rule_color,
                    spaceBefore=1.5,
                    spaceAfter=self.style.section_space_after,
                    vAlign="BOTTOM",
                )
                rule.keepWithNext = 1
                flowables.append(rule)
        children = self._blocks(section.children, depth + 1, "heading" if title else "")
        if not title and depth == 0 and children:
            children[0].spaceBefore = _untitled_section_space(self.style, under_contact)
        flowables.extend(children)
        return flowables

    def _blocks(self, blocks: list[Block], depth: int, under: str = "") -> list[Flowable]:
        flowables: list[Flowable] = []
        held = held_with_next(blocks, under)
        for index, block in enumerate(blocks):
            first = index == 0
            made: list[Flowable] = []
            if isinstance(block, Section):
                made = self._section(block, depth, first=False)
            elif isinstance(block, Entry):
                made = self._entry(block, depth, first)
            elif isinstance(block, Bullet):
                made = self._bullet(block)
            elif isinstance(block, Paragraph):
                made = self._text_paragraph(block, first)
            elif isinstance(block, Table):
                made = self._table(block)
            elif isinstance(block, Contents):
                made = contents_flowables(self, self.contents)
            if made and index in held:
                made[-1].keepWithNext = 1
            flowables.extend(made)
        return flowables

    def _entry(self, entry: Entry, depth: int, first: bool) -> list[Flowable]:
        style = self.style
        space_before = 0.0 if first else style.entry_space_before
        heading: list[Flowable] = []
        title = " ".join(self.clean(entry.title).split())
        dates = " ".join(self.clean(entry.dates).split())
        if title or dates:
            line = flowable_classes().TitleDatesLine(
                self.shown_line(title),
                self.shown_line(dates),
                script_fonts=self.script_fonts_for(title, dates),
                title_font=self.font(style.body_font, bold=True),
                dates_font=self.font(style.body_font),
                size=style.entry_title_size,
                leading=line_height(style.entry_title_size, style.line_spacing),
                color=self.body_color(),
            )
            line.math_chars = frozenset(self.math_chars)
            line.spaceBefore = space_before
            heading.append(line)
        organisation = self.text_markup(entry.organisation)
        location = self.text_markup(entry.location)
        where = escape_markup(_CONTACT_SEPARATOR).join(
            part for part in (organisation, location) if part
        )
        if where:
            heading.append(self._paragraph(where, "organisation"))
        scope = self.text_markup(entry.scope)
        if scope:
            heading.append(self._paragraph(scope, "scope"))
        if heading:
            heading[0]._rb_outline = (
                " — ".join(p for p in (title, entry.organisation) if p),
                depth,
            )
            # The heading lines travel with the first block below them (the doc template
            # turns a keepWithNext chain into a KeepTogether), so a role heading never
            # stands alone at the foot of a page; an entry without children (a degree and
            # its school) keeps its own lines together, its last line left free, or whole
            # sections of short entries would glue together.
            chained = heading if entry.children else heading[:-1]
            for flowable in chained:
                flowable.keepWithNext = 1
        children = self._blocks(entry.children, depth + 1, "entry")
        first_line = heading or children
        if first_line:
            first_line[0]._rb_entry_id = entry.record_id
            first_line[0]._rb_contents = self._contents_index.get(id(entry))
        return heading + children

    def _bullet(self, bullet: Bullet) -> list[Flowable]:
        markup = self.markup(bullet.runs)
        if not markup.strip():
            return []
        nested = bullet.level > 0
        paragraph = self._make(
            flowable_classes().BulletParagraph,
            markup,
            "bullet_nested" if nested else "bullet",
            bulletText="–" if nested else "•",
        )
        if bullet.outline:
            paragraph._rb_outline = ("".join(self.clean(run.text) for run in bullet.runs), 2)
            # A bullet that heads what follows (a CMD story's headline) never ends a page.
            paragraph.keepWithNext = 1
        return [paragraph]

    def _labelled_paragraph(self, runs: list[Run], style_name: str) -> Flowable | None:
        """A "Label: text" paragraph (a CMD story's Situation, Task, Action, Result...) as a
        one-font paragraph whose first line leaves room for the bold label, which is drawn
        in front of it; or None for any other paragraph.

        reportlab breaks a paragraph of two fonts word by word through its general (slow)
        path; a one-font paragraph takes its fast path, which halves the time of a long CMD.
        """
        if len(runs) != 2:
            return None
        label, body = runs
        if not (label.bold and not label.italic and not label.link):
            return None
        if body.bold or body.italic or body.link:
            return None
        label_text = " ".join(self.clean(label.text).split())
        body_text = self.clean(body.text)
        if not label_text or "\n" in body_text or not body_text.strip():
            return None
        if scripts.has_rtl(label_text + body_text) or self.has_math(label_text + body_text):
            return None  # its RTL runs or signs need their own font: the general path
        style = self._styles[style_name]
        text = _cleanBlockQuotedText(escape_markup(body_text))
        frags = self._frags(text, style_name, style)
        if frags is None or len(frags) != 1:
            return None
        if label.text[-1:].isspace():
            label_text += " "
        key = (style_name, label_text)
        labelled = self._label_styles.get(key, False)
        if labelled is False:
            from reportlab.lib.fonts import ps2tt, tt2ps
            from reportlab.pdfbase.pdfmetrics import stringWidth

            family, _, italic = ps2tt(style.fontName)
            font = tt2ps(family, 1, italic)
            indent = stringWidth(label_text, font, style.fontSize)
            # A label that fills most of the line is left to reportlab's own breaking.
            fits = indent < (self.width - style.leftIndent) * 0.5
            labelled = (style.clone(style.name, firstLineIndent=indent), font) if fits else None
            self._label_styles[key] = labelled
        if labelled is None:
            return None
        paragraph = flowable_classes().LabelledParagraph(text, labelled[0], frags=frags)
        paragraph._rb_label = (label_text, labelled[1])
        return paragraph

    def _make(self, cls: Any, markup: str, style_name: str, bulletText: Any = None) -> Flowable:  # noqa: N803
        """A paragraph of `cls`, its fragments made without reportlab's markup parser.

        reportlab parses every paragraph's markup with html.parser, a sixth of the time of a
        long CMD. Our markup has few shapes (bold label + text, a bullet, text with line
        breaks): each shape is parsed once per render with stand-in text, and a paragraph of
        that shape gets copies of those fragments holding its own text. Markup with links or
        anything unexpected goes through the parser as before.
        """
        style = self._styles[style_name]
        text = _cleanBlockQuotedText(markup)
        frags = None if "<a " in text else self._frags(text, style_name, style)
        if frags is None:
            paragraph = cls(markup, style, bulletText=bulletText)
        else:
            paragraph = cls(text, style, bulletText=bulletText, frags=frags)
        if self._layout is not None:
            key = (self._layout_key, cls.__name__, style_name, markup, bulletText)
            paragraph._rb_layout = (self._layout, key)
        return paragraph

    def _frags(self, text: str, style_name: str, style: Any) -> list[Any] | None:
        pieces = _TAG.split(text)
        texts: list[str] = []
        skeleton: list[str] = []
        for number, piece in enumerate(pieces):
            if number % 2:  # a tag
                if piece not in _FAST_TAGS:
                    return None
                skeleton.append(piece)
            elif piece:
                if "&" in piece:
                    piece = piece.replace("&lt;", "<").replace("&gt;", ">")
                    if "&" in piece.replace("&amp;", ""):
                        return None
                    piece = piece.replace("&amp;", "&")
                texts.append(piece)
                skeleton.append("x")
        key = (style_name, "".join(skeleton))
        template = self._frag_templates.get(key, False)
        if template is False:
            template = _parse_template(key[1], style, len(texts))
            self._frag_templates[key] = template
        if template is None:
            return None
        links: list[Any] = []
        lines: list[Any] = []
        position = iter(texts)
        frags = []
        for model in template:
            frag = model.clone()
            if frag.text == "x" and not getattr(frag, "lineBreak", False):
                frag.text = next(position)
            frag.link = links
            frag.us_lines = lines
            frags.append(frag)
        return frags

    def _text_paragraph(self, paragraph: Paragraph, first: bool) -> list[Flowable]:
        name = paragraph.style if paragraph.style in ("small", "muted") else "body"
        space_before = 0 if first else self.style.bullet_space * 2
        flowable = self._labelled_paragraph(paragraph.runs, name)
        if flowable is None:
            markup = self.markup(paragraph.runs)
            if not markup.strip():
                return []
            flowable = self._make(flowable_classes().TextParagraph, markup, name)
        flowable.spaceBefore = space_before
        if paragraph.keep_with_next:
            flowable.keepWithNext = 1
        return [flowable]

    def _table(self, table: Table) -> list[Flowable]:
        """A two-column table as a stack of short tables that line up as one.

        Each line of a cell is a row of its own, since reportlab cannot split a row taller
        than a page (a CMD's skills index lists hundreds of accomplishments under one skill).
        And a long table is cut into pieces of `_TABLE_CHUNK_ROWS` rows: reportlab measures
        every remaining row again each time a table splits at a page end, which made a
        skills index of thousands of rows quadratic.
        """
        header = [self._paragraph(self.text_markup(cell), "table_header") for cell in table.header]
        if table.writing_space:
            return [self._writing_space(table, header)]
        if table.page_refs:
            # Laid out only when the frame reaches it, after every story it points to.
            return [deferred_flowable(lambda: self._table_pieces(table, header))]
        return self._table_pieces(table, header)

    def _table_pieces(self, table: Table, header: list[Any]) -> list[Flowable]:
        from reportlab.platypus import Table as RLTable

        style = self.style
        # Each row with where it sits in its group: (cells, first of group, last of group).
        rows: list[tuple[list[Any], bool, bool]] = []
        for left, right in table.rows:
            lines = [line for line in clean_text(right).split("\n") if line.strip()]
            lines = lines or [""]
            name = self._paragraph(self.text_markup(left), "table_cell")
            for number, line in enumerate(lines):
                page = self.story_pages.get(" ".join(line.split())) if table.page_refs else None
                cells = [
                    name if not number else "",
                    self._paragraph(self.text_markup(line), "table_cell")
                    if page is None
                    else self._paragraph(
                        self.text_markup(line) + escape_markup(f" · {table.page_refs}\u00a0{page}"),
                        "table_cell",
                    ),
                ]
                rows.append((cells, not number, number == len(lines) - 1))
        left_width = self.width * 0.32
        base = [
            # Only the cell paragraphs draw text, but the table still names a font; left at
            # its Helvetica default, that unembedded font would join the PDF.
            ("FONTNAME", (0, 0), (-1, -1), self.font(style.body_font)),
            # The skill's cell is empty on a group's later lines; at reportlab's default size
            # (10 pt on 12 pt) that empty text would make a one-line row 3 pt taller than its
            # line, where the DOCX's empty cell holds a line of the table's text.
            ("FONTSIZE", (0, 0), (-1, -1), style.small_size),
            ("LEADING", (0, 0), (-1, -1), line_height(style.small_size, style.line_spacing)),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]

        def make_piece(start: int, stop: int, headed: bool) -> Flowable:
            commands = list(base)
            offset = 1 if headed else 0
            for index, (_, first, last) in enumerate(rows[start:stop], start=offset):
                # A group's lines sit as close as a paragraph's; a thin rule ends the group.
                if not first:
                    commands.append(("TOPPADDING", (0, index), (-1, index), 0))
                if not last:
                    commands.append(("BOTTOMPADDING", (0, index), (-1, index), 0.5))
                elif start + index - offset < len(rows) - 1:
                    commands.append(("LINEBELOW", (0, index), (-1, index), 0.25, "#d0d0d0"))
            data = [cells for cells, _, _ in rows[start:stop]]
            if headed:
                data.insert(0, header)
                commands.append(("LINEBELOW", (0, 0), (-1, 0), 0.6, style.rule_color))
            return RLTable(
                data,
                colWidths=[left_width, self.width - left_width],
                repeatRows=offset,
                hAlign="LEFT",
                spaceBefore=4 if not start else 0,
                spaceAfter=2 if stop >= len(rows) else 0,
                style=commands,
            )

        # The first piece starts with the header row; each page the table runs on to starts
        # with it again, as the DOCX's repeated header row does (w:tblHeader).
        pieces = [make_piece(0, min(len(rows), _TABLE_CHUNK_ROWS), True)]
        for start in range(_TABLE_CHUNK_ROWS, len(rows), _TABLE_CHUNK_ROWS):
            stop = min(len(rows), start + _TABLE_CHUNK_ROWS)
            pieces.append(page_headed_piece(make_piece, start, stop))
        return pieces

    def _writing_space(self, table: Table, header: list[Any]) -> Flowable:
        """Rows to write in, ruled, sharing what the page leaves (at least three lines each)."""
        from reportlab.platypus import Table as RLTable

        style = self.style
        left_width = self.width * 0.32
        data = [header] + [
            [self._paragraph(self.text_markup(left), "table_cell"), ""] for left, _ in table.rows
        ]
        commands = [
            ("FONTNAME", (0, 0), (-1, -1), self.font(style.body_font)),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, style.rule_color),
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, "#d0d0d0"),
        ]
        header_height = style.body_size * style.line_spacing * 1.3 + 5.5 + 4

        def make_table(row: float) -> Any:
            return RLTable(
                data,
                colWidths=[left_width, self.width - left_width],
                rowHeights=[None] + [row] * len(table.rows),
                hAlign="LEFT",
                style=commands,
            )

        space = flowable_classes().WritingSpace(
            make_table, len(table.rows), style.body_size * style.line_spacing * 4, header_height
        )
        space.spaceBefore = 4
        return space


def _untitled_section_space(style: Style, under_contact: bool) -> float:
    """The space above a top-level section without a heading (a letter's paragraph).

    With no heading to set it apart, a blank line of body text does, as between a letter's
    paragraphs; the first one under the contact block (a letter's date) gets two, as a
    letter's date sits apart from its letterhead.
    """
    line = style.body_size * style.line_spacing
    return line * 2 if under_contact else line


_TAG = re.compile(r"(<[^>]*>)")
_FAST_TAGS = frozenset({"<b>", "</b>", "<i>", "</i>", "<br/>"})


def _cleanBlockQuotedText(text: str) -> str:  # noqa: N802 - reportlab's name
    from reportlab.platypus.paragraph import cleanBlockQuotedText

    return cleanBlockQuotedText(text)


def _parse_template(skeleton: str, style: Any, texts: int) -> list[Any] | None:
    """The reportlab fragments for a markup shape whose every text is "x", or None when they do
    not hold one fragment per text (then paragraphs of that shape are parsed as usual).
    """
    from reportlab.platypus.paraparser import ParaParser

    _, frags, bullet_frags = ParaParser().parse(skeleton, style)
    if frags is None or bullet_frags:
        return None
    found = 0
    for frag in frags:
        if getattr(frag, "lineBreak", False):
            if frag.text:
                return None
        elif frag.text == "x":
            found += 1
        else:
            return None
        if hasattr(frag, "cbDefn") or frag.link:
            return None
    return frags if found == texts else None
