"""A Word file's table of contents and the skills index's page references.

Each contents line links to a bookmark on its section's heading or its record's title, and
ends in a PAGEREF field after a dotted tab leader; each line of a skills index that points to
a story gets " · p. " and a PAGEREF field to a bookmark on the story's headline. The pages
saved with the fields come from the PDF layout of the same document (`laid_out_pages`): the
Word file breaks its pages where the PDF does.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from resume_builder.export.document import (
    Bullet,
    ContentsRow,
    Document,
    Table,
    inline_text,
)
from resume_builder.export.render_docx.references import References
from resume_builder.export.style import Style, contents_line_looks

if TYPE_CHECKING:
    from docx.text.paragraph import Paragraph as DocxParagraph


def _key(text: str) -> str:
    return " ".join(text.split())


@dataclass
class Places:
    """What one document's contents and page references need while it is written."""

    rows: list[ContentsRow] = field(default_factory=list)
    #: the page each contents line points to, and each story headline's page (PDF layout)
    contents_pages: dict[int, int] = field(default_factory=dict)
    story_pages: dict[str, int] = field(default_factory=dict)
    references: References = field(default_factory=References)
    _index: dict[int, int] = field(default_factory=dict)
    _stories: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._index = {id(row.block): number for number, row in enumerate(self.rows)}

    def mark_target(self, block: Any, paragraph: DocxParagraph) -> None:
        """Bookmarks `paragraph` when `block` (a section or entry) has a contents line."""
        number = self._index.get(id(block))
        if number is not None:
            self.references.bookmark(paragraph, f"_RbToc{number}")

    def mark_story(self, bullet: Bullet, paragraph: DocxParagraph) -> None:
        """Bookmarks an outline bullet (a story's headline) for the skills index to point to."""
        key = _key(inline_text(bullet.runs))
        if key and key not in self._stories:
            self._stories[key] = name = f"_RbStory{len(self._stories)}"
            self.references.bookmark(paragraph, name)

    def story_reference(self, paragraph: DocxParagraph, line: str, label: str) -> None:
        """Ends a skills index line with " · p. N", N a field pointing to its story."""
        key = _key(line)
        name = self._stories.get(key)
        if name is None:
            return
        paragraph.add_run(f" · {label}\u00a0")
        page = self.story_pages.get(key)
        self.references.page_ref(paragraph, name, str(page) if page else "")


def places_for(document: Document, style: Style, page_size: str) -> Places:
    """The contents lines and the pages the document's references need.

    Only a document with a table of contents or an index with page references pays for the
    PDF layout that finds the pages (it is counted, not drawn).
    """
    rows = document.contents()
    wants_pages = bool(rows) or any(
        isinstance(block, Table) and block.page_refs for block in document.walk()
    )
    if not wants_pages:
        return Places(rows=rows)
    from resume_builder.export.render_pdf import render_pdf

    report = render_pdf(document, style, None, page_size=page_size, count_only=True)
    return Places(
        rows=rows,
        contents_pages=dict(report.contents_pages),
        story_pages={_key(text): page for text, page in report.story_pages.items()},
    )


def write_contents(writer: Any, places: Places) -> None:
    """The contents lines, each a link to its place with its page after a dotted leader.

    Spaced as the PDF's lines are (body size, a little air above each section's line).
    """
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.shared import Mm, Pt

    style = writer.style
    width = Mm(writer.text_width_mm)
    looks = contents_line_looks([row.level for row in places.rows], style.body_size)
    for number, (row, look) in enumerate(zip(places.rows, looks, strict=True)):
        text = writer.clean.line(row.text)
        paragraph = writer.add_paragraph("Normal", before=look.space_before)
        paragraph_format = paragraph.paragraph_format
        paragraph_format.space_after = Pt(0)
        if look.indent:
            paragraph_format.left_indent = Pt(look.indent)
        if look.keep_with_next:
            paragraph_format.keep_with_next = True
        paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        anchor = f"_RbToc{number}"
        link = places.references.link(paragraph, anchor)
        for content in (text, "\t"):
            run = paragraph.add_run(content)
            if look.bold:
                run.bold = True
            link.append(run._r)
        page = places.contents_pages.get(number)
        places.references.page_ref(paragraph, anchor, str(page) if page else "", container=link)
