"""Markdown and plain-text renderers of the neutral document tree, for pasting into web forms."""

from __future__ import annotations

import re
from urllib.parse import quote

from resume_builder.export.document import (
    Block,
    Bullet,
    Contact,
    Contents,
    Document,
    Entry,
    Inline,
    Paragraph,
    Run,
    Section,
    Table,
)
from resume_builder.export.links import safe_link
from resume_builder.export.text import clean_text, unbreakable_phone

SEPARATOR = " · "
#: between contact items: a no-break space after the "·", so a form that wraps the line puts
#: the separator at the start of the next line with its item, never dangling at a line end
CONTACT_JOIN = " ·\u00a0"

# Characters Markdown (CommonMark, GFM) gives a meaning anywhere in a line: emphasis, code,
# links' text, raw HTML, tables, strikethrough. Parentheses, "!" and braces are not among them:
# a link or an image needs "[" first, which is escaped, so "(2019)" stays as typed.
_INLINE_SPECIAL = frozenset("`*[]<|~")
# A backslash only escapes ASCII punctuation (and ends a line as a hard break): one before a
# letter ("C:\Users") is literal.
_LIVE_BACKSLASH = re.compile(r"\\(?=[!-/:-@\[-`{-~]|$)")
# "&" starts an entity only as "&name;" or "&#123;" (or may, when the text ends before the ";").
_ENTITY_START = re.compile(r"&(?=#?\w*(?:;|$))")
# "_" between letters or digits cannot open or close emphasis (CommonMark's flanking rule).
_LIVE_UNDERSCORE = re.compile(r"(?<![^\W_])_|_(?![^\W_])")
# A closing run of hashes ends an ATX heading's text: "Skills #" would lose its "#".
_CLOSING_HASHES = re.compile(r"(?:(?<=\s)|^)(#+)\s*$")
# At the start of a line these begin a list, a quote, a heading or a setext underline.
_LINE_START = re.compile(r"^(?:[-+=#>]|\d+(?=[.)]))")
# Bytes that would end or confuse a Markdown link destination are percent-encoded.
_URL_SAFE = ":/?#@!$&'*+,;=%~-._"


# ----------------------------------------------------------------------------- shared
def _flatten(text: str) -> str:
    """Cleaned text on a single line (headings and list items cannot hold a line break);
    a blank at either end stays, since it separates the text from the run beside it.
    """
    return clean_text(text, keep_newlines=False)


def _one_line(text: str) -> str:
    """Cleaned text on a single line, without blanks at the ends."""
    return _flatten(text).strip()


# ----------------------------------------------------------------------------- Markdown
def render_markdown(document: Document) -> str:
    """The document as CommonMark/GFM Markdown.

    Every piece of user text is escaped, so a bullet such as ``[x](javascript:...)`` or
    ``<script>`` shows literally instead of becoming a link or HTML; links are only made
    for http(s) and mailto targets (see export/links.py).

    Args:
        document: the neutral document tree.

    Returns:
        The Markdown text, ending in a newline.

    """
    chunks: list[str] = []
    if document.contact is not None:
        chunks.extend(_md_contact(document.contact))
    for section in document.sections:
        chunks.extend(_md_section(section))
    return "\n\n".join(chunk for chunk in chunks if chunk) + "\n"


def escape_markdown(text: str, *, line_start: bool = True) -> str:
    """User text made literal in Markdown, newlines kept.

    Inline specials are backslash-escaped everywhere; list, setext and ordered-list markers
    only where they could start a block (the start of a line), since a full stop or hyphen
    inside a sentence means nothing to Markdown and escaping it hurts readability.

    Args:
        text: the user text.
        line_start: whether the text begins a line of the output (its first line then
            gets the block-marker escaping too; every later line always does).

    Returns:
        The escaped text.

    """
    lines = []
    for index, line in enumerate(clean_text(text).split("\n")):
        # Leading blanks would turn the line into an indented code block or a nested list.
        line = line.strip()
        escaped = _escape_inline(line)
        if index or line_start:
            escaped = _LINE_START.sub(_escape_line_start, escaped, count=1)
        lines.append(escaped)
    return "\n".join(lines)


def _escape_inline(line: str) -> str:
    """One line with the characters that would be Markdown syntax where they stand escaped."""
    line = _LIVE_BACKSLASH.sub(r"\\\\", line)
    line = _ENTITY_START.sub(r"\\&", line)
    line = _LIVE_UNDERSCORE.sub(r"\\_", line)
    line = "".join("\\" + ch if ch in _INLINE_SPECIAL else ch for ch in line)
    return _CLOSING_HASHES.sub(lambda m: "\\#" * len(m.group(1)), line)


def _escape_line_start(match: re.Match[str]) -> str:
    marker = match.group(0)
    if marker.isdigit():
        return marker + "\\"  # "1." / "1)": escape the delimiter that follows the digits
    return "\\" + marker


def _md_inline(runs: Inline, *, single_line: bool = True, line_start: bool = True) -> str:
    """Inline runs as Markdown: escaped text, ** / * emphasis and safe links."""
    parts: list[str] = [] if line_start else ["x"]  # a stand-in for text before the runs
    for run in runs:
        text = _flatten(run.text) if single_line else clean_text(run.text)
        if not text.strip():
            parts.append(" " if text else "")
            continue
        # Emphasis markers must touch the text: move surrounding blanks outside them.
        lead = text[: len(text) - len(text.lstrip())]
        trail = text[len(text.rstrip()) :]
        so_far = "".join(parts)
        # Block markers ("-", "+", "1.") only need escaping where the run starts a line.
        starts_line = not so_far.strip() or so_far.rstrip(" \t").endswith("\n") or "\n" in lead
        body = escape_markdown(text.strip(), line_start=starts_line)
        # A newline the user typed in a paragraph stays a (hard) line break.
        body = body.replace("\n", " " if single_line else "  \n")
        url = _safe_url(run.link)
        if url:
            body = f"[{body}]({url})"
        marker = ("**" if run.bold else "") + ("*" if run.italic else "")
        parts.append(f"{lead}{marker}{body}{marker[::-1]}{trail}")
    if not line_start:
        parts.pop(0)
    return "".join(parts).strip()


def _safe_url(link: str) -> str:
    """A link target safe to write into Markdown, or "" when it must not become a link."""
    link = safe_link(_one_line(link))
    return quote(link, safe=_URL_SAFE) if link else ""


def _md_contact(contact: Contact) -> list[str]:
    name = escape_markdown(_one_line(contact.name))
    chunks = [f"# {name}" if name else ""]
    if contact.headline.strip():
        chunks.append(escape_markdown(_one_line(contact.headline)))
    runs = [_unbroken(run) for run in contact.items if run.text.strip()]
    items = [_md_inline([run], line_start=not index) for index, run in enumerate(runs)]
    if items:
        chunks.append(CONTACT_JOIN.join(items))
    return chunks


def _unbroken(run: Run) -> Run:
    """A contact item with no-break spaces in a phone number, which a form must not split."""
    return Run(unbreakable_phone(_one_line(run.text)), run.bold, run.italic, run.link)


def _md_section(section: Section) -> list[str]:
    title = escape_markdown(_one_line(section.title))
    chunks = [f"## {title}" if title else ""]
    chunks.extend(_md_blocks(section.children))
    return chunks


def _md_blocks(blocks: list[Block]) -> list[str]:
    """Blocks as chunks separated by blank lines; consecutive bullets form one tight list."""
    chunks: list[str] = []
    previous_bullet = False
    for block in blocks:
        if isinstance(block, Bullet):
            text = _md_inline(block.runs)
            line = ("  " if block.level >= 1 else "") + f"- {text}".rstrip()
            if previous_bullet:
                chunks[-1] += "\n" + line
            else:
                chunks.append(line)
            previous_bullet = True
            continue
        previous_bullet = False
        if isinstance(block, Paragraph):
            chunks.append(_md_inline(block.runs, single_line=False))
        elif isinstance(block, Entry):
            chunks.extend(_md_entry(block))
        elif isinstance(block, Table):
            chunks.append(_md_table(block))
        elif isinstance(block, Section):
            chunks.extend(_md_section(block))
        elif isinstance(block, Contents) and block.rows:
            # No pages here: the contents are a list of what the document holds.
            chunks.append(
                "\n".join(
                    "  " * row.level + f"- {escape_markdown(_one_line(row.text))}"
                    for row in block.rows
                )
            )
    return chunks


def _md_entry(entry: Entry) -> list[str]:
    chunks = []
    if entry.title.strip():
        chunks.append(f"### {escape_markdown(_one_line(entry.title))}")
    meta = [_one_line(p) for p in (entry.organisation, entry.location, entry.dates)]
    meta_line = SEPARATOR.join(
        escape_markdown(p, line_start=not index) for index, p in enumerate(p for p in meta if p)
    )
    if meta_line:
        chunks.append(meta_line)
    if entry.scope.strip():
        chunks.append(f"*{escape_markdown(_one_line(entry.scope))}*")
    chunks.extend(_md_blocks(entry.children))
    return chunks


def _md_table(table: Table) -> str:
    def cell(text: str) -> str:
        # A table row is one line: the cell's own lines are joined with an HTML break.
        lines = [escape_markdown(line) for line in clean_text(text).split("\n")]
        return "<br>".join(line for line in lines if line) or " "

    rows = [f"| {cell(table.header[0])} | {cell(table.header[1])} |", "| --- | --- |"]
    rows.extend(f"| {cell(left)} | {cell(right)} |" for left, right in table.rows)
    return "\n".join(rows)


# ----------------------------------------------------------------------------- plain text
def render_plain_text(document: Document) -> str:
    """The document as plain text for a job portal's form: one paragraph per line.

    Nothing is wrapped: a form wraps text to its own width, and a hard break at 80 columns
    turns into a ragged line in the middle of every paragraph. The name and section titles
    are in capitals, bullets start "• ", an entry's organisation, place and dates share the
    line under its title, and blank lines set blocks apart.

    Args:
        document: the neutral document tree.

    Returns:
        The text, ending in a newline.

    """
    chunks: list[list[str]] = []
    if document.contact is not None:
        chunks.append(_txt_contact(document.contact))
    for section in document.sections:
        chunks.extend(_txt_section(section))
    return "\n\n".join("\n".join(lines) for lines in chunks if lines) + "\n"


def _lines(text: str, initial: str = "", subsequent: str = "") -> list[str]:
    """Each line of `text` as one output line (the first after `initial`, the rest after
    `subsequent`); blank lines inside are kept, those at the edges dropped.
    """
    lines: list[str] = []
    for index, line in enumerate(clean_text(text).split("\n")):
        line = line.strip()
        lines.append(f"{initial if index == 0 else subsequent}{line}" if line else "")
    # Blank lines at the edges come from stray newlines, not from the author's layout.
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return lines


def _txt_run(run: Run) -> str:
    text = clean_text(run.text)
    # Only a web or e-mail target is shown: a javascript: or file: one is not an address.
    link = safe_link(_one_line(run.link))
    if link and text.strip() and text.strip() not in link.removeprefix("mailto:"):
        # The reader cannot click: show where a link goes unless its text already says so.
        return f"{text} ({link})"
    return text


def _txt_inline(runs: Inline) -> str:
    return "".join(_txt_run(run) for run in runs)


def _txt_contact(contact: Contact) -> list[str]:
    lines = _lines(_one_line(contact.name).upper())
    if contact.headline.strip():
        lines.extend(_lines(_one_line(contact.headline)))
    items = [_one_line(_txt_run(_unbroken(run))) for run in contact.items]
    line = CONTACT_JOIN.join(item for item in items if item)
    if line:
        lines.append(line)
    return lines


def _txt_section(section: Section) -> list[list[str]]:
    title = _lines(_one_line(section.title).upper())
    underline = "=" * max((len(line) for line in title), default=0)
    return [title + ([underline] if underline else []), *_txt_blocks(section.children)]


def _txt_blocks(blocks: list[Block]) -> list[list[str]]:
    """Blocks as chunks separated by blank lines; consecutive bullets stay together."""
    chunks: list[list[str]] = []
    previous_bullet = False
    for block in blocks:
        if isinstance(block, Bullet):
            indent = "  " if block.level >= 1 else ""
            lines = _lines(_one_line(_txt_inline(block.runs)), f"{indent}• ")
            if previous_bullet and chunks:
                chunks[-1].extend(lines)
            else:
                chunks.append(lines)
            previous_bullet = True
            continue
        previous_bullet = False
        if isinstance(block, Paragraph):
            chunks.append(_lines(_txt_inline(block.runs)))
        elif isinstance(block, Entry):
            chunks.append(_txt_entry(block))
        elif isinstance(block, Table):
            chunks.append(_txt_table(block))
        elif isinstance(block, Section):
            chunks.extend(_txt_section(block))
        elif isinstance(block, Contents) and block.rows:
            chunks.append(
                [
                    line
                    for row in block.rows
                    for line in _lines(_one_line(row.text), "  " * row.level + "• ")
                ]
            )
    return chunks


def _txt_entry(entry: Entry) -> list[str]:
    """The title; organisation, place and dates on the next line; scope; then the children."""
    lines = _lines(_one_line(entry.title))
    details = [_one_line(p) for p in (entry.organisation, entry.location, entry.dates)]
    lines.extend(_lines(SEPARATOR.join(p for p in details if p)))
    lines.extend(_lines(_one_line(entry.scope)))
    # Children follow the heading lines without a gap, then keep their own spacing.
    for index, chunk in enumerate(_txt_blocks(entry.children)):
        if index:
            lines.append("")
        lines.extend(chunk)
    return lines


def _txt_table(table: Table) -> list[str]:
    """Each row's left cell on a line, the right cell's lines indented below it."""
    header = " — ".join(p for p in (_one_line(table.header[0]), _one_line(table.header[1])) if p)
    lines = _lines(header)
    if lines:
        lines.append("-" * max(len(line) for line in lines))
    for left, right in table.rows:
        lines.extend(_lines(_one_line(left)))
        for part in clean_text(right).split("\n"):
            lines.extend(_lines(part, "  ", "  "))
    return lines
