"""Draws the neutral document tree as a one-column, machine-readable PDF with reportlab.

The package's parts: `story` turns the tree into flowables, `markup` turns user text into
reportlab markup, `styles` holds page sizes and paragraph styles, `flowables` the renderer's
own flowables. This module draws them onto pages.
"""

from __future__ import annotations

import contextlib
import io
import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from resume_builder.export.document import Bullet, Document, Entry, Paragraph, Run
from resume_builder.export.fonts import register_reportlab_faces
from resume_builder.export.paper import paper_name
from resume_builder.export.render_pdf.contents import define_page_numbers, destination
from resume_builder.export.render_pdf.flowables import flowable_classes
from resume_builder.export.render_pdf.markup import escape_markup, quote_attribute
from resume_builder.export.render_pdf.pages import (
    Footer,
    counting_canvas,
    counting_frame,
    footer_canvas,
)
from resume_builder.export.render_pdf.platypus_import import import_platypus
from resume_builder.export.render_pdf.story import StoryBuilder
from resume_builder.export.render_pdf.styles import MM, PAGE_SIZES
from resume_builder.export.style import Style, line_height
from resume_builder.export.text import clean_text

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

__all__ = [
    "PAGE_SIZES",
    "LayoutCache",
    "PdfReport",
    "escape_markup",
    "quote_attribute",
    "render_pdf",
    "untrusting_reportlab",
]


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
    #: the bookmarks written, as (title, level, page) in order (a document with an outline)
    outline: list[tuple[str, int, int]] = field(default_factory=list)
    #: the page each line of the table of contents points to, by line (from 0)
    contents_pages: dict[int, int] = field(default_factory=dict)
    #: the page each outline bullet (a CMD story's headline, spaces collapsed) is printed on
    story_pages: dict[str, int] = field(default_factory=dict)


def render_pdf(
    document: Document,
    style: Style,
    target: Path | BinaryIO | None,
    *,
    page_size: str = "A4",
    count_only: bool = False,
    layout: LayoutCache | None = None,
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
        count_only: lay the pages out and count them, writing nothing (`target` may be None):
            fitting a page target asks only how many pages a draft takes.
        layout: line breaks shared by the renders of one fit (its drafts differ only in
            the blocks they leave out); every render of it must use the same style and paper.

    Returns:
        The page count, each entry's starting page and any warnings about left-out text.

    Raises:
        ValueError: an unknown page size or font family.
        OSError: the target cannot be written.

    """
    import_platypus()
    page_size = paper_name(page_size)
    faces = _faces_used(document, style)
    register_reportlab_faces(faces)
    report = PdfReport()
    builder = StoryBuilder(style, page_size, faces, layout)
    buffer = io.BytesIO()
    # reportlab parses paragraph markup as the story is made, so both steps are covered.
    with untrusting_reportlab():
        story = builder.story(document)
        _make_template(buffer, style, page_size, builder, report, document, count_only).build(story)
    report.warnings.extend(builder.warnings())
    report.story_pages = dict(builder.story_pages)
    if count_only:
        return report
    data = buffer.getvalue()
    if isinstance(target, str | os.PathLike):
        from resume_builder.storage.atomic import atomic_write_bytes

        atomic_write_bytes(Path(target), data)
    else:
        target.write(data)
    return report


class LayoutCache(dict):
    """The line breaks of paragraphs, by markup, style and width, kept between the renders of
    one document's drafts: breaking lines is a large part of laying a page out, and a draft
    that leaves a bullet out breaks every other paragraph as the draft before it did.
    """


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
    builder: StoryBuilder,
    report: PdfReport,
    document: Document,
    count_only: bool = False,
) -> Any:
    """A one-frame doc template that records page numbers and carries the document's meta;
    with `count_only`, its canvas lays pages out and keeps nothing of them.
    """
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    meta = document.meta
    outline_levels: list[int] = []  # the open levels: an entry may not skip one

    class _Template(BaseDocTemplate):
        def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab API
            record_id = getattr(flowable, "_rb_entry_id", "")
            if record_id and record_id not in report.entry_pages:
                report.entry_pages[record_id] = self.page
            contents = getattr(flowable, "_rb_contents", None)
            if contents is not None and contents not in report.contents_pages:
                report.contents_pages[contents] = self.page
                self.canv.bookmarkPage(destination(contents))
            mark = getattr(flowable, "_rb_outline", None)
            if meta.outline and mark is not None:
                title, level = mark
                level = min(level, len(outline_levels))
                del outline_levels[level:]
                outline_levels.append(level)
                if not report.outline:
                    self.canv.showOutline()  # the reader opens with the bookmarks shown
                key = f"rb{len(report.outline)}"
                self.canv.bookmarkPage(key)
                self.canv.addOutlineEntry(" ".join(title.split()) or "—", key, level=level)
                report.outline.append((title, level, self.page))
                builder.story_pages.setdefault(" ".join(title.split()), self.page)

        def build(self, flowables: list[Any], **kwargs: Any) -> None:
            maker = counting_canvas() if count_only else footer_canvas(footer, number_contents)
            super().build(flowables, canvasmaker=maker, **kwargs)

    width, height = PAGE_SIZES[page_size]
    left, right = style.margin_left_mm * MM, style.margin_right_mm * MM
    top, bottom = style.margin_top_mm * MM, style.margin_bottom_mm * MM
    footer = None
    if meta.footer.strip() or meta.page_label:
        from reportlab.lib.colors import HexColor

        # In the bottom margin, below the text frame: the page holds as much as before.
        footer = Footer(
            text=meta.footer,
            page_label=meta.page_label,
            font=builder.font(style.body_font),
            size=max(7.0, style.small_size - 1),
            color=HexColor(style.muted_color),
            left=left,
            right=width - right,
            baseline=bottom * 0.45,
        )
    number_contents = None
    if builder.contents:

        def number_contents(canvas: Any) -> None:
            define_page_numbers(
                canvas,
                len(builder.contents),
                report.contents_pages,
                builder.font(style.body_font),
                style.body_size,
                builder.body_color(),
            )

    frame = (counting_frame if count_only else Frame)(
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
        # The running footer is drawn by the canvas (render_pdf/pages.py) once the page
        # count is known; it sits below the frame, in small muted type, so a parser that
        # reads it sees a separate last line of the page, never words inside a bullet.
        report.pages = max(report.pages, canvas.getPageNumber())

    return _Template(
        buffer,
        pagesize=(width, height),
        leftMargin=left,
        rightMargin=right,
        topMargin=top,
        bottomMargin=bottom,
        pageTemplates=[PageTemplate(id="page", frames=[frame], onPageEnd=end_page)],
        # File properties are one-line fields that no font draws: cleaned as in a DOCX.
        title=_property(meta.title),
        author=_property(meta.author),
        subject=_property(meta.subject),
        keywords=", ".join(k for k in (_property(k) for k in meta.keywords) if k),
        creator="Resume Builder",
        keepTogetherClass=flowable_classes().KeepWithNext,
        lang=meta.language or None,
        # The canvas otherwise starts every page with a Helvetica reference, a font that is
        # neither embedded nor able to show Ł or Ż.
        initialFontName=builder.font(style.body_font),
        initialFontSize=style.body_size,
        initialLeading=line_height(style.body_size, style.line_spacing),
    )


def _property(text: str) -> str:
    return clean_text(text, keep_newlines=False).strip()
