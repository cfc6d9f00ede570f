"""The neutral document tree every builder produces and every renderer draws.

Builders (résumé, Career Management Document) turn career records into this tree; renderers
(DOCX, PDF, Markdown, plain text) draw it without reading the database, so all formats carry
the same content in the same order. Text here is plain user text: renderers escape it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal, Union


@dataclass(frozen=True)
class Run:
    """A piece of inline text with optional emphasis or a link target."""

    text: str
    bold: bool = False
    italic: bool = False
    link: str = ""  # a URL (mailto:, https:) the text points to


Inline = list[Run]


def plain(text: str) -> Inline:
    """Inline content of one plain run (empty list for empty text)."""
    return [Run(text)] if text else []


def inline_text(runs: Inline) -> str:
    """The text of inline content, without emphasis."""
    return "".join(run.text for run in runs)


@dataclass
class Paragraph:
    """A paragraph of running text (a summary, a STAR part, a note)."""

    runs: Inline
    style: Literal["body", "small", "muted"] = "body"
    keep_with_next: bool = False


@dataclass
class Bullet:
    """One list item: a résumé bullet, or a detail line in the CMD."""

    runs: Inline
    level: int = 0  # 0 = top level, 1 = nested under the previous level-0 bullet
    #: the bullet heads what follows (a CMD story's headline): a PDF bookmarks it under its entry
    outline: bool = False


@dataclass
class Entry:
    """A dated item: a role, a degree, a certification, a project.

    ATS parsers read title, organisation and dates by position and emphasis, so renderers put
    them in separate runs: the title bold on one line, the organisation on the next, the
    dates right-aligned on the title line; never fused into one string.
    """

    title: str
    organisation: str = ""
    location: str = ""
    dates: str = ""  # already formatted for the document's language
    scope: str = ""  # the one-line scope under the heading (team, budget, reach)
    children: list[Block] = field(default_factory=list)
    record_id: str = ""  # the record it came from (for fit reports and tests)


@dataclass
class Contact:
    """The contact block at the top: name, headline and plain-text contact items."""

    name: str
    headline: str = ""
    items: list[Run] = field(default_factory=list)  # email, phone, location, links
    #: the profile photo as JPEG bytes, drawn at the top right (PDF, DOCX); empty: none
    photo: bytes = b""
    #: the photo's size in pixels (width, height), for its shape
    photo_pixels: tuple[int, int] = (0, 0)


@dataclass
class Section:
    """A titled section ("Experience", "Education"); `key` is stable across languages.

    A top-level section with an empty title (a cover letter's date or paragraph) has no
    heading: renderers set it apart by a blank line's space instead, with no rule.
    """

    key: str
    title: str
    children: list[Block] = field(default_factory=list)
    page_break_before: bool = False


@dataclass
class Table:
    """A simple two-column table (the CMD's skills index: skill -> proving accomplishments)."""

    header: tuple[str, str]
    rows: list[tuple[str, str]]
    #: the rows are room to write in (a brief's notes): a renderer that knows how much of the
    #: page is left (PDF) stretches them over it; others give each row a few lines' height
    writing_space: bool = False
    #: each line of a right cell is the headline of an outline bullet printed earlier (the CMD's
    #: skills index): a renderer that knows pages (PDF) adds the page it is on after this word
    #: ("p. 7"); empty: no page references
    page_refs: str = ""


@dataclass(frozen=True)
class ContentsRow:
    """One line of a table of contents: the text shown, its level (0 a section, 1 an entry)
    and the block it points to (the same object the renderer draws).
    """

    text: str
    level: int
    block: Section | Entry


@dataclass
class Contents:
    """A table of contents: its lines, made by `contents_rows` once the document is built.

    It lists the titled top-level sections and, under each, the entries that hold stories
    (outline bullets: a CMD's roles and projects). A renderer that knows pages (PDF, DOCX)
    adds the page each starts on and links the line to it; the others list the lines.
    """

    rows: list[ContentsRow] = field(default_factory=list)


Block = Union[Paragraph, Bullet, Entry, Table, Section, Contents]  # noqa: UP007 - recursive alias


@dataclass
class DocumentMeta:
    """Document properties written into the file (title, author, language, subject)."""

    title: str
    author: str
    language: str = "en"
    subject: str = ""
    keywords: list[str] = field(default_factory=list)
    #: the running footer's left part on a document of more than one page (a name, or
    #: "Confidential · date"); empty: none
    footer: str = ""
    #: the footer's page numbers with "{page}" and "{pages}" in them ("Page 2 of 3"); empty: none
    page_label: str = ""
    #: sections, entries and outline bullets become bookmarks in a PDF (the CMD's navigation)
    outline: bool = False


@dataclass
class Document:
    """A whole document: meta, the contact block and the sections in reading order."""

    meta: DocumentMeta
    contact: Contact | None
    sections: list[Section] = field(default_factory=list)

    def walk(self) -> Iterator[Block]:
        """Every block in reading order, depth first."""

        def visit(blocks: list[Block]) -> Iterator[Block]:
            for block in blocks:
                yield block
                if isinstance(block, Section | Entry):
                    yield from visit(block.children)

        yield from visit(list(self.sections))

    def contents(self) -> list[ContentsRow]:
        """The lines of the document's table of contents ([] when it has none)."""
        return next((block.rows for block in self.walk() if isinstance(block, Contents)), [])

    def reading_text(self) -> list[str]:
        """The document's text in reading order, one string per line a reader would see.

        Tests compare what a PDF or DOCX gives back against this.
        """
        lines: list[str] = []
        if self.contact is not None:
            lines.append(self.contact.name)
            if self.contact.headline:
                lines.append(self.contact.headline)
            lines.extend(run.text for run in self.contact.items if run.text)
        for block in self.walk():
            if isinstance(block, Section):
                if block.title:
                    lines.append(block.title)
            elif isinstance(block, Entry):
                lines.extend(
                    part
                    for part in (block.title, block.dates, block.organisation, block.location)
                    if part
                )
                if block.scope:
                    lines.append(block.scope)
            elif isinstance(block, Paragraph | Bullet):
                text = inline_text(block.runs)
                if text:
                    lines.append(text)
            elif isinstance(block, Table):
                lines.extend(block.header)
                for left, right in block.rows:
                    lines.extend((left, right))
            elif isinstance(block, Contents):
                lines.extend(row.text for row in block.rows)
        return lines


def contents_rows(document: Document) -> list[ContentsRow]:
    """The lines of `document`'s table of contents, in reading order (a builder gives them
    to its Contents block once every section is made).

    Every top-level section with a title (except the one holding the contents itself), and
    under it each entry that holds an outline bullet: a record with stories is where a
    reader wants to jump, while a degree or a certificate is found through its section.
    """
    rows: list[ContentsRow] = []
    for section in document.sections:
        title = " ".join(section.title.split())
        if not title or any(isinstance(child, Contents) for child in section.children):
            continue
        rows.append(ContentsRow(title, 0, section))
        for child in section.children:
            if isinstance(child, Entry) and any(
                isinstance(block, Bullet) and block.outline for block in child.children
            ):
                text = " — ".join(
                    " ".join(part.split()) for part in (child.title, child.organisation) if part
                )
                rows.append(ContentsRow(text or "—", 1, child))
    return rows


def held_with_next(blocks: list[Block], under: str = "") -> set[int]:
    """The positions of the blocks in a list that keep with the block after them, so that a
    page end leaves no line alone; both renderers follow it, so they break pages alike.

    `under` says what the list hangs from: "entry" (a role's results), "heading" (a titled
    section's lines: Skills, Earlier career, certificates) or "" (anything else, such as a
    letter's paragraphs).

    - A bullet with sub-points keeps with its first sub-point.
    - Under an entry or a heading, in a list of bullets and paragraphs only, the last two
      stay together when there are three or more, so no lone last line opens a page.
    - Under a heading, the first two such lines stay together, so the heading never ends a
      page with a single line under it.
    """
    held: set[int] = set()
    for index, block in enumerate(blocks[:-1]):
        following = blocks[index + 1]
        if (
            isinstance(block, Bullet)
            and isinstance(following, Bullet)
            and following.level > block.level
        ):
            held.add(index)
    if not under or not all(isinstance(block, Bullet | Paragraph) for block in blocks):
        return held
    if len(blocks) >= 3:
        held.add(len(blocks) - 2)
    if under == "heading" and len(blocks) >= 2:
        held.add(0)
    return held
