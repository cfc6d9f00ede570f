"""Draws the neutral document tree as a one-column, machine-readable PDF with reportlab."""

from __future__ import annotations

import contextlib
import io
import os
import re
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from resume_builder.export.document import (
    Block,
    Bullet,
    Contact,
    Document,
    Entry,
    Paragraph,
    Run,
    Section,
    Table,
)
from resume_builder.export.fonts import (
    FAMILY_NAMES,
    register_reportlab_faces,
    reportlab_face_name,
)
from resume_builder.export.links import safe_link
from resume_builder.export.style import Style
from resume_builder.export.text import clean_text

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

_MM = 72.0 / 25.4
PAGE_SIZES: dict[str, tuple[float, float]] = {
    "A4": (210.0 * _MM, 297.0 * _MM),
    "Letter": (612.0, 792.0),
}

# A bullet this short moves whole to the next page rather than leave a line or two behind;
# longer ones (a CMD story, a pasted paragraph) split, or a page could never hold them.
_MAX_UNSPLIT_BULLET_LINES = 5
_CONTACT_SEPARATOR = " · "
# Rows per piece of a long table (about a page of one-line rows); see _StoryBuilder._table.
_TABLE_CHUNK_ROWS = 16
# Points held back when judging whether a heading and the start of a long block fit: the
# estimate must err towards moving to the next page, never towards a stranded heading.
_SPLIT_MARGIN = 2.0

# An emoji sequence: astral characters glued by zero-width joiners and variation selectors;
# the glue goes with them, or it would be left behind as invisible junk.
_ASTRAL_SEQUENCE = re.compile(
    "[\u200d\ufe0e\ufe0f]*[\U00010000-\U0010ffff](?:[\u200d\ufe0e\ufe0f\U00010000-\U0010ffff])*"
)
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_XML_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
_ATTRIBUTE_ESCAPES = str.maketrans(
    {
        "&": "&amp;",
        "<": "&lt;",
        ">": "&gt;",
        '"': "&quot;",
        "\n": "&#10;",
        "\r": "&#13;",
        "\t": "&#9;",
    }
)
_VARIATION_SELECTORS = re.compile("[\ufe00-\ufe0f]")
# Signs people type in résumés that the Noto Latin/Greek/Cyrillic faces lack: written as the
# nearest thing the font has (and ATS parsers read), rather than as empty boxes.
_LOOKALIKES = {
    "\u2212": "-",  # minus sign
    "\u2192": "->",
    "\u2190": "<-",
    "\u2264": "<=",
    "\u2265": ">=",
    "\u2248": "~",
    "\u25cf": "•",  # black circle
    "\u25aa": "•",  # small black square
    "\u25a0": "•",  # black square
    "\u2605": "*",  # black star
    "\u2606": "*",  # white star
}


@dataclass
class PdfReport:
    """What a PDF export produced.

    Attributes:
        pages: the number of pages written.
        entry_pages: the page (from 1) on which each Entry with a record id starts, for fit
            reports ("the 2019 role starts on page 2").
        warnings: sentences for the user about text that could not be typeset as given.

    """

    pages: int = 0
    entry_pages: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def render_pdf(
    document: Document,
    style: Style,
    target: Path | BinaryIO,
    *,
    page_size: str = "A4",
) -> PdfReport:
    """Writes a document as PDF.

    The layout follows what applicant-tracking systems read well: one column, the contact
    block as plain text at the top, each section heading on its own line, and for each entry
    the bold title with its dates right-aligned on the same line and the organisation on the
    next. Fonts are the bundled Noto faces, embedded as subsets.

    Args:
        document: the tree to draw.
        style: sizes, colours, fonts and spacing.
        target: a file path (written atomically once the whole PDF is made, so a failure
            leaves no half-written file) or a binary stream.
        page_size: "A4" or "Letter".

    Returns:
        The page count, each entry's starting page and any warnings about left-out text.

    Raises:
        ValueError: an unknown page size or font family.
        OSError: the target cannot be written.

    """
    if page_size not in PAGE_SIZES:
        raise ValueError(f"unknown page size “{page_size}”: use A4 or Letter")
    faces = _faces_used(document, style)
    register_reportlab_faces(faces)
    report = PdfReport()
    builder = _StoryBuilder(style, page_size, faces)
    buffer = io.BytesIO()
    # reportlab parses paragraph markup as the story is made, so both steps are covered.
    with untrusting_reportlab():
        story = builder.story(document)
        _make_template(buffer, style, page_size, builder, report, document).build(story)
    report.warnings.extend(builder.warnings())
    data = buffer.getvalue()
    if isinstance(target, str | os.PathLike):
        from resume_builder.storage.atomic import atomic_write_bytes

        atomic_write_bytes(Path(target), data)
    else:
        target.write(data)
    return report


# rl_config is process-wide and exports may run on several worker threads at once: the first
# render to start saves the settings, the last to finish puts them back.
_trust_lock = threading.Lock()
_trust_depth = 0
_saved_trust: dict[str, Any] = {}


@contextlib.contextmanager
def untrusting_reportlab() -> Iterator[None]:
    """While a document is drawn, reportlab trusts no host and no URL scheme.

    reportlab fetches URLs (an image, say) only from `rl_config.trustedHosts` with one of
    `rl_config.trustedSchemes`; here both are emptied, so not even file: or data: URLs are
    read, whatever the environment (RL_trustedHosts) configured. A plain path is opened by
    reportlab without asking these settings: that is kept out by escaping every user string,
    so that no markup (an <img>, a <font face>) in user text reaches reportlab's parser.
    """
    from reportlab import rl_config

    global _trust_depth
    with _trust_lock:
        if _trust_depth == 0:
            _saved_trust.update(
                trustedHosts=rl_config.trustedHosts, trustedSchemes=rl_config.trustedSchemes
            )
            rl_config.trustedHosts = None
            rl_config.trustedSchemes = []
        _trust_depth += 1
    try:
        yield
    finally:
        with _trust_lock:
            _trust_depth -= 1
            if _trust_depth == 0:
                for name, value in _saved_trust.items():
                    setattr(rl_config, name, value)
                _saved_trust.clear()


def _faces_used(document: Document, style: Style) -> list[tuple[str, bool, bool]]:
    """The font faces (family, bold, italic) drawing this document needs.

    Every face costs a TTF parse at start-up, so an italic face is registered only when a
    scope line or an italic run will use it. Headings, the name and the entry titles are bold;
    run emphasis always sits in a body-font paragraph.
    """
    body = style.body_font
    faces = {(body, False, False), (body, True, False), (style.heading_font, True, False)}
    runs: list[Run] = list(document.contact.items) if document.contact else []
    for block in document.walk():
        if isinstance(block, Paragraph | Bullet):
            runs.extend(block.runs)
        elif isinstance(block, Entry) and block.scope.strip():
            faces.add((body, False, True))
    faces.update((body, run.bold, True) for run in runs if run.italic)
    return sorted(faces)


def _make_template(
    buffer: BinaryIO,
    style: Style,
    page_size: str,
    builder: _StoryBuilder,
    report: PdfReport,
    document: Document,
) -> Any:
    """A one-frame doc template that records page numbers and carries the document's meta."""
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    class _Template(BaseDocTemplate):
        def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab API
            record_id = getattr(flowable, "_rb_entry_id", "")
            if record_id and record_id not in report.entry_pages:
                report.entry_pages[record_id] = self.page

    meta = document.meta
    width, height = PAGE_SIZES[page_size]
    left, right = style.margin_left_mm * _MM, style.margin_right_mm * _MM
    top, bottom = style.margin_top_mm * _MM, style.margin_bottom_mm * _MM
    frame = Frame(
        left,
        bottom,
        width - left - right,
        height - top - bottom,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )

    def end_page(canvas: Any, doc: Any) -> None:
        # No running footer: applicant-tracking systems read page furniture as part of the
        # text, and a "name · 2" line would land in the middle of a bullet.
        report.pages = max(report.pages, canvas.getPageNumber())

    return _Template(
        buffer,
        pagesize=(width, height),
        leftMargin=left,
        rightMargin=right,
        topMargin=top,
        bottomMargin=bottom,
        pageTemplates=[PageTemplate(id="page", frames=[frame], onPageEnd=end_page)],
        title=builder.clean(meta.title),
        author=builder.clean(meta.author),
        subject=builder.clean(meta.subject),
        keywords=", ".join(k for k in (builder.clean(k) for k in meta.keywords) if k),
        creator="Resume Builder",
        keepTogetherClass=_flowable_classes().KeepWithNext,
        lang=meta.language or None,
        # The canvas otherwise starts every page with a Helvetica reference, a font that is
        # neither embedded nor able to show Ł or Ż.
        initialFontName=builder.font(style.body_font),
        initialFontSize=style.body_size,
        initialLeading=style.body_size * style.line_spacing,
    )


def escape_markup(text: str) -> str:
    """Text made literal for reportlab's paragraph markup (as xml.sax.saxutils.escape).

    Written out because importing xml.sax.saxutils pulls in urllib.request, about 25 ms of
    start-up that a command-line export pays in full.
    """
    return text.translate(_XML_ESCAPES)


def quote_attribute(value: str) -> str:
    """A markup attribute value, quoted and escaped (as xml.sax.saxutils.quoteattr)."""
    return '"' + value.translate(_ATTRIBUTE_ESCAPES) + '"'


class _StoryBuilder:
    """Turns the document tree into reportlab flowables, cleaning every user string."""

    def __init__(self, style: Style, page_size: str, faces: list[tuple[str, bool, bool]]) -> None:
        from reportlab.pdfbase import pdfmetrics

        self.style = style
        self.width = PAGE_SIZES[page_size][0] - (style.margin_left_mm + style.margin_right_mm) * _MM
        self._dropped_astral = 0
        self._missing: dict[str, dict[str, None]] = {}
        self._unsafe_links = 0
        self._replaced: dict[str, int] = {}
        # Faces of one family cover the same letters; the first registered one stands for all.
        self._glyphs: dict[str, dict[int, int]] = {}
        for family, bold, italic in faces:
            if family not in self._glyphs:
                font = pdfmetrics.getFont(self.font(family, bold, italic))
                self._glyphs[family] = font.face.charToGlyph
        self._lookalikes = {
            char: other
            for char, other in _LOOKALIKES.items()
            if any(ord(char) not in glyphs for glyphs in self._glyphs.values())
        }
        self._lookalike_table = str.maketrans(self._lookalikes)
        self._styles = _paragraph_styles(style, self.font)
        self._frag_templates: dict[tuple[str, str], list[Any] | None] = {}
        self._label_styles: dict[tuple[str, str], tuple[Any, str] | None] = {}

    # -- text ------------------------------------------------------------------------------

    @staticmethod
    def font(family: str, bold: bool = False, italic: bool = False) -> str:
        return reportlab_face_name(family, bold, italic)

    def clean(self, text: str) -> str:
        """User text cleaned as in every format (export/text.py), then without what the
        fonts cannot typeset: astral characters (emoji), and signs written as look-alikes.
        """
        if not text:
            return ""
        text = clean_text(text)
        if _ASTRAL.search(text):
            self._dropped_astral += len(_ASTRAL.findall(text))
            text = _ASTRAL_SEQUENCE.sub("", text)
        text = _VARIATION_SELECTORS.sub("", text)
        if not text.isascii():
            for char in dict.fromkeys(text):  # in order of appearance, for the warning
                if char in self._lookalikes:
                    self._replaced[char] = self._replaced.get(char, 0) + text.count(char)
            text = text.translate(self._lookalike_table)
            self._note_missing_glyphs(text)
        return text

    def _note_missing_glyphs(self, text: str) -> None:
        for family, glyphs in self._glyphs.items():
            # A dict keeps first-seen order, so the warning names the letters as they came.
            missing = self._missing.setdefault(family, {})
            for char in dict.fromkeys(text):
                if ord(char) not in glyphs and not char.isspace():
                    missing[char] = None

    def markup(self, runs: Iterable[Run], *, upper: bool = False) -> str:
        """Reportlab paragraph markup for inline runs; user text is always escaped."""
        parts = []
        for run in runs:
            text = self.clean(run.text)
            if upper:
                text = text.upper()
            if not text.strip():
                if text:
                    parts.append(" ")
                continue
            piece = escape_markup(text).replace("\n", "<br/>")
            if run.italic:
                piece = f"<i>{piece}</i>"
            if run.bold:
                piece = f"<b>{piece}</b>"
            href = self._safe_link(run.link)
            if href:
                colour = quote_attribute(self.style.accent_color)
                piece = f"<a href={quote_attribute(href)} color={colour}>{piece}</a>"
            parts.append(piece)
        return "".join(parts)

    def text_markup(self, text: str, *, upper: bool = False) -> str:
        return self.markup([Run(text)], upper=upper)

    def _safe_link(self, link: str) -> str:
        link = self.clean(link).strip()
        if not link:
            return ""
        # A blank inside a target is either a typo or an attempt to smuggle in an attribute;
        # javascript:, file:, tel: and friends never become links (see export/links.py).
        href = "" if any(c.isspace() for c in link) else safe_link(link)
        if not href:
            self._unsafe_links += 1
        return href

    def warnings(self) -> list[str]:
        """Sentences about text that was left out or cannot be shown."""
        found = []
        if self._dropped_astral:
            found.append(
                f"{self._dropped_astral} characters (emoji) cannot be typeset and were left out"
            )
        for family, chars in self._missing.items():
            if not chars:
                continue
            sample = ", ".join(f"“{char}”" for char in list(chars)[:5])
            found.append(
                f"{len(chars)} different characters (such as {sample}) are not in the "
                f"{FAMILY_NAMES[family]} font and show as empty boxes"
            )
        if self._replaced:
            examples = ", ".join(
                f"“{char}” as “{self._lookalikes[char]}”" for char in list(self._replaced)[:3]
            )
            found.append(
                f"{sum(self._replaced.values())} characters the font lacks were written as "
                f"look-alikes ({examples})"
            )
        if self._unsafe_links:
            found.append(
                f"{self._unsafe_links} links are not web or e-mail addresses and were "
                "kept as plain text"
            )
        return found

    # -- blocks ----------------------------------------------------------------------------

    def story(self, document: Document) -> list[Flowable]:
        from reportlab.platypus import Spacer

        flowables: list[Flowable] = []
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

    def _paragraph(self, markup: str, style_name: str, **attributes: Any) -> Flowable:
        paragraph = self._make(_flowable_classes().WrapOnceParagraph, markup, style_name)
        for name, value in attributes.items():
            setattr(paragraph, name, value)
        return paragraph

    def _contact(self, contact: Contact) -> list[Flowable]:
        flowables = []
        name = self.text_markup(contact.name)
        if name:
            flowables.append(self._paragraph(name, "name"))
        headline = self.text_markup(contact.headline)
        if headline:
            flowables.append(self._paragraph(headline, "headline"))
        items = [self.markup([item]) for item in contact.items]
        line = escape_markup(_CONTACT_SEPARATOR).join(item for item in items if item.strip())
        if line:
            flowables.append(self._paragraph(line, "contact"))
        return flowables

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
            if self.style.heading_rule and depth == 0:
                rule = HRFlowable(
                    width="100%",
                    thickness=0.6,
                    color=self.style.rule_color,
                    spaceBefore=1.5,
                    spaceAfter=self.style.section_space_after,
                    vAlign="BOTTOM",
                )
                rule.keepWithNext = 1
                flowables.append(rule)
        children = self._blocks(section.children, depth + 1)
        if not title and depth == 0 and children:
            children[0].spaceBefore = _untitled_section_space(self.style, under_contact)
        flowables.extend(children)
        return flowables

    def _blocks(self, blocks: list[Block], depth: int) -> list[Flowable]:
        flowables: list[Flowable] = []
        for index, block in enumerate(blocks):
            first = index == 0
            if isinstance(block, Section):
                flowables.extend(self._section(block, depth, first=False))
            elif isinstance(block, Entry):
                flowables.extend(self._entry(block, depth, first))
            elif isinstance(block, Bullet):
                bullet = self._bullet(block)
                following = blocks[index + 1] if index + 1 < len(blocks) else None
                if bullet and isinstance(following, Bullet) and following.level > block.level:
                    # A bullet's first sub-point follows it onto the next page.
                    bullet[0].keepWithNext = 1
                flowables.extend(bullet)
            elif isinstance(block, Paragraph):
                flowables.extend(self._text_paragraph(block, first))
            elif isinstance(block, Table):
                flowables.extend(self._table(block))
        return flowables

    def _entry(self, entry: Entry, depth: int, first: bool) -> list[Flowable]:
        style = self.style
        space_before = 0.0 if first else style.entry_space_before
        heading: list[Flowable] = []
        title = " ".join(self.clean(entry.title).split())
        dates = " ".join(self.clean(entry.dates).split())
        if title or dates:
            line = _flowable_classes().TitleDatesLine(
                title,
                dates,
                title_font=self.font(style.body_font, bold=True),
                dates_font=self.font(style.body_font),
                size=style.entry_title_size,
                leading=style.entry_title_size * style.line_spacing,
                color=self._styles["body"].textColor,
            )
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
            heading[0]._rb_entry_id = entry.record_id
            if entry.children:
                # The heading lines travel with the first block below them (the doc template
                # turns a keepWithNext chain into a KeepTogether), so a role heading never
                # stands alone at the foot of a page.
                for flowable in heading:
                    flowable.keepWithNext = 1
        children = self._blocks(entry.children, depth + 1)
        if not heading and children:
            children[0]._rb_entry_id = entry.record_id
        return heading + children

    def _bullet(self, bullet: Bullet) -> list[Flowable]:
        markup = self.markup(bullet.runs)
        if not markup.strip():
            return []
        nested = bullet.level > 0
        paragraph = self._make(
            _flowable_classes().BulletParagraph,
            markup,
            "bullet_nested" if nested else "bullet",
            bulletText="–" if nested else "•",
        )
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
        paragraph = _flowable_classes().LabelledParagraph(text, labelled[0], frags=frags)
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
            return cls(markup, style, bulletText=bulletText)
        return cls(text, style, bulletText=bulletText, frags=frags)

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
            flowable = self._paragraph(markup, name)
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
        from reportlab.platypus import Table as RLTable

        style = self.style
        header = [self._paragraph(self.text_markup(cell), "table_header") for cell in table.header]
        # Each row with where it sits in its group: (cells, first of group, last of group).
        rows: list[tuple[list[Any], bool, bool]] = []
        for left, right in table.rows:
            lines = [line for line in clean_text(right).split("\n") if line.strip()]
            lines = lines or [""]
            name = self._paragraph(self.text_markup(left), "table_cell")
            for number, line in enumerate(lines):
                cells = [
                    name if not number else "",
                    self._paragraph(self.text_markup(line), "table_cell"),
                ]
                rows.append((cells, not number, number == len(lines) - 1))
        left_width = self.width * 0.32
        base = [
            # Only the cell paragraphs draw text, but the table still names a font; left at
            # its Helvetica default, that unembedded font would join the PDF.
            ("FONTNAME", (0, 0), (-1, -1), self.font(style.body_font)),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        pieces: list[Flowable] = []
        start = 0
        while start < len(rows) or not pieces:
            chunk = rows[start : start + _TABLE_CHUNK_ROWS]
            offset = 0 if pieces else 1  # the first piece carries the header row
            commands = list(base)
            for index, (_, first, last) in enumerate(chunk, start=offset):
                # A group's lines sit as close as a paragraph's; a thin rule ends the group.
                if not first:
                    commands.append(("TOPPADDING", (0, index), (-1, index), 0))
                if not last:
                    commands.append(("BOTTOMPADDING", (0, index), (-1, index), 0.5))
                elif start + index - offset < len(rows) - 1:
                    commands.append(("LINEBELOW", (0, index), (-1, index), 0.25, "#d0d0d0"))
            data = [cells for cells, _, _ in chunk]
            if not pieces:
                data.insert(0, header)
                commands.append(("LINEBELOW", (0, 0), (-1, 0), 0.6, style.rule_color))
            pieces.append(
                RLTable(
                    data,
                    colWidths=[left_width, self.width - left_width],
                    repeatRows=offset,
                    hAlign="LEFT",
                    spaceBefore=4 if not start else 0,
                    spaceAfter=2 if start + _TABLE_CHUNK_ROWS >= len(rows) else 0,
                    style=commands,
                )
            )
            start += _TABLE_CHUNK_ROWS
        return pieces


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


def _paragraph_styles(style: Style, font: Any) -> dict[str, Any]:
    """The reportlab paragraph styles a document uses, all derived from one Style."""
    from reportlab.lib.colors import toColor
    from reportlab.lib.enums import TA_CENTER, TA_LEFT
    from reportlab.lib.styles import ParagraphStyle

    body, heading = style.body_font, style.heading_font
    align = TA_CENTER if style.contact_align == "center" else TA_LEFT
    spacing = style.line_spacing

    colours: dict[str, Any] = {}

    def colour(text: str) -> Any:
        # A colour given as text is parsed again (with ast.parse) each time a paragraph
        # line is drawn; parsed once here, it is reused as an object.
        if text not in colours:
            colours[text] = toColor(text)
        return colours[text]

    def make(name: str, size: float, **values: Any) -> ParagraphStyle:
        values.setdefault("fontName", font(body))
        values["textColor"] = colour(values.get("textColor", style.text_color))
        values.setdefault("leading", size * spacing)
        values.setdefault("alignment", TA_LEFT)
        # No orphans or widows: a paragraph that splits leaves at least two lines on each page.
        return ParagraphStyle(name, fontSize=size, allowOrphans=0, allowWidows=0, **values)

    indent = style.bullet_indent_mm * _MM
    return {
        "name": make(
            "name",
            style.name_size,
            fontName=font(heading, bold=True),
            textColor=style.accent_color,
            leading=style.name_size * 1.2,
            alignment=align,
        ),
        "headline": make(
            "headline",
            style.headline_size,
            textColor=style.muted_color,
            alignment=align,
            spaceBefore=1,
        ),
        "contact": make(
            "contact",
            style.small_size,
            alignment=align,
            spaceBefore=3,
            spaceAfter=2,
        ),
        "heading": make(
            "heading",
            style.heading_size,
            fontName=font(heading, bold=True),
            textColor=style.accent_color,
            leading=style.heading_size * 1.2,
            spaceBefore=style.section_space_before,
            spaceAfter=0 if style.heading_rule else style.section_space_after,
        ),
        "subheading": make(
            "subheading",
            style.entry_title_size,
            fontName=font(heading, bold=True),
            textColor=style.accent_color,
            spaceBefore=style.entry_space_before,
            spaceAfter=1,
        ),
        "organisation": make(
            "organisation", style.body_size, textColor=style.muted_color, spaceBefore=0.5
        ),
        "scope": make(
            "scope",
            style.small_size,
            fontName=font(body, italic=True),
            textColor=style.muted_color,
        ),
        "bullet": make(
            "bullet",
            style.body_size,
            leftIndent=indent,
            bulletIndent=indent * 0.3,
            bulletFontName=font(body),
            spaceBefore=style.bullet_space,
        ),
        "bullet_nested": make(
            "bullet_nested",
            style.body_size,
            leftIndent=indent * 2,
            bulletIndent=indent * 1.3,
            bulletFontName=font(body),
            spaceBefore=style.bullet_space,
        ),
        "body": make("body", style.body_size),
        "small": make("small", style.small_size),
        "muted": make("muted", style.body_size, textColor=style.muted_color),
        "table_header": make("table_header", style.small_size, fontName=font(body, bold=True)),
        "table_cell": make("table_cell", style.small_size),
    }


_CLASSES: Any = None


def _flowable_classes() -> Any:
    """The renderer's own flowables, defined on first use so importing this module stays light.

    Returns:
        A namespace with WrapOnceParagraph, BulletParagraph, TitleDatesLine and KeepWithNext.

    """
    global _CLASSES
    if _CLASSES is not None:
        return _CLASSES
    from types import SimpleNamespace

    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Flowable, KeepTogether
    from reportlab.platypus import Paragraph as RLParagraph
    from reportlab.platypus.flowables import _listWrapOn

    class WrapOnceParagraph(RLParagraph):
        """A paragraph that breaks its lines once per width.

        reportlab wraps a paragraph again whenever asked: a keep-with-next chain is wrapped
        as a whole and then each of its parts again, and a table wraps its cells again after
        every split. Breaking lines is most of the cost of a long document, and the result
        depends on the width alone.
        """

        _rb_wrapped: tuple[float, tuple[float, float]] | None = None

        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            # reportlab's split drops blPara (the broken lines) when it moves a paragraph on.
            cached = self._rb_wrapped
            if cached is not None and cached[0] == avail_width and hasattr(self, "blPara"):
                return cached[1]
            size = super().wrap(avail_width, avail_height)
            self._rb_wrapped = (avail_width, size)
            return size

    class BulletParagraph(WrapOnceParagraph):
        """A paragraph that moves whole to the next page unless it is long."""

        def split(self, avail_width: float, avail_height: float) -> list[Any]:
            if not hasattr(self, "blPara"):
                self.wrap(avail_width, avail_height)
            if len(self.blPara.lines) <= _MAX_UNSPLIT_BULLET_LINES:
                return []
            return super().split(avail_width, avail_height)

    class LabelledParagraph(WrapOnceParagraph):
        """A one-font paragraph with a bold label drawn in the room its first line leaves.

        The label is drawn first, on the first line's baseline, so text extractors read
        "Label: text" in order; a continuation on the next page has neither label nor room.
        """

        _rb_label: tuple[str, str] | None = None

        def split(self, avail_width: float, avail_height: float) -> list[Any]:
            parts = super().split(avail_width, avail_height)
            if len(parts) == 2 and parts[0] is not self:
                parts[0]._rb_label = self._rb_label
                parts[1]._rb_label = None
            return parts

        def draw(self) -> None:
            if self._rb_label is not None:
                from reportlab import rl_config

                label, font = self._rb_label
                style = self.style
                size = style.fontSize
                if getattr(rl_config, "paraFontSizeHeightOffset", 1):
                    baseline = self.height - size
                else:
                    baseline = self.height - getattr(self.blPara, "ascent", size)
                text = self.canv.beginText()
                text.setFillColor(style.textColor)
                text.setFont(font, size, style.leading)
                text.setTextOrigin(style.leftIndent, baseline)
                text.textOut(label)
                self.canv.drawText(text)
            super().draw()

    class TitleDatesLine(Flowable):
        """An entry's bold title on the left and its dates right-aligned on the same baseline.

        Drawn as plain strings rather than a two-cell table of paragraphs: a paragraph ends
        with a move to the next line, which makes text extractors (pypdf, ATS parsers) put the
        dates on a line of their own instead of after the title.
        """

        def __init__(
            self,
            title: str,
            dates: str,
            *,
            title_font: str,
            dates_font: str,
            size: float,
            leading: float,
            color: str,
        ) -> None:
            super().__init__()
            self.title, self.dates = title, dates
            self.title_font, self.dates_font = title_font, dates_font
            self.size, self.leading, self.color = size, leading, color
            self._title_lines: list[str] = []
            self._date_lines: list[str] = []

        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            # The dates take what they need (a long range may wrap within 40% of the line);
            # the title wraps in the rest, a gap away from them.
            natural = stringWidth(self.dates, self.dates_font, self.size)
            date_width = min(natural, avail_width * 0.4)
            gap = 12.0 if self.dates else 0.0
            if not self.dates:
                self._date_lines = []
            elif natural <= date_width:
                # Never split at exactly the natural width: rounding would wrap the last word.
                self._date_lines = [self.dates]
            else:
                self._date_lines = simpleSplit(self.dates, self.dates_font, self.size, date_width)
            self._title_lines = simpleSplit(
                self.title, self.title_font, self.size, avail_width - date_width - gap
            )
            lines = max(len(self._title_lines), len(self._date_lines), 1)
            self.width = avail_width
            self.height = self.leading * lines
            return self.width, self.height

        def draw(self) -> None:
            canvas = self.canv
            # One text object positioned with Tm only: canvas.drawString would end each string
            # with a move to the next line (T*), which extractors take for a line break.
            text = canvas.beginText()
            text.setFillColor(self.color)
            # First baseline one font size below the top, as a reportlab Paragraph sets it,
            # so the line sits exactly where a paragraph of the same size would.
            baseline = self.height - self.size
            text.setFont(self.title_font, self.size, self.leading)
            for number, line in enumerate(self._title_lines):
                text.setTextOrigin(0, baseline - number * self.leading)
                text.textOut(line)
            text.setFont(self.dates_font, self.size, self.leading)
            for number, line in enumerate(self._date_lines):
                width = stringWidth(line, self.dates_font, self.size)
                text.setTextOrigin(self.width - width, baseline - number * self.leading)
                text.textOut(line)
            canvas.drawText(text)

    class KeepWithNext(KeepTogether):
        """A keepWithNext chain (headings, then the block they introduce) kept on one page.

        reportlab's KeepTogether moves the whole chain to the next page whenever it does not
        fit, so a heading followed by a very long bullet would leave most of a page empty;
        here the chain stays if its heading lines and a legal first part of the last block
        (at least two lines of a long bullet) fit.
        """

        def split(self, avail_width: float, avail_height: float) -> list[Any]:
            if getattr(self, "_wrapInfo", None) != (avail_width, avail_height):
                self.wrap(avail_width, avail_height)
            content = self._content
            if avail_height < self._H and len(content) > 1:
                *head, last = content
                _, head_height = _listWrapOn(head, avail_width, self.canv)
                room = (
                    avail_height
                    - head[0].getSpaceBefore()
                    - head_height
                    - last.getSpaceBefore()
                    - _SPLIT_MARGIN
                )
                if room > 0:
                    last.wrapOn(self.canv, avail_width, room)
                    if last.splitOn(self.canv, avail_width, room):
                        return content[:]
            return super().split(avail_width, avail_height)

    _CLASSES = SimpleNamespace(
        WrapOnceParagraph=WrapOnceParagraph,
        BulletParagraph=BulletParagraph,
        LabelledParagraph=LabelledParagraph,
        TitleDatesLine=TitleDatesLine,
        KeepWithNext=KeepWithNext,
    )
    return _CLASSES
