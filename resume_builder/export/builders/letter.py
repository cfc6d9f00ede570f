"""The cover letter: its text as paragraphs and bullets under the résumé's contact block."""

from __future__ import annotations

import re
from datetime import date

from resume_builder.domain.options import LetterOptions
from resume_builder.domain.snapshot import CareerSnapshot
from resume_builder.export.builders.common import contact_block
from resume_builder.export.document import (
    Block,
    Bullet,
    Document,
    DocumentMeta,
    Paragraph,
    Run,
    Section,
    inline_text,
    plain,
)
from resume_builder.export.letter_words import subject_line
from resume_builder.export.locale import format_full_date, heading
from resume_builder.export.style import Style
from resume_builder.export.text import clean_text

_BULLET_LINE = re.compile(r"^(\s*)[•*-][ \t]+(?=\S)")


def _letter_blocks(text: str) -> list[list[Block]]:
    """The letter's text as groups of blocks, one group per blank-line-separated paragraph."""
    # Cleaned as the renderers will clean it (export/text.py), so a letter pasted from Word or
    # a mail keeps its paragraphs and no control character hides a bullet marker; a tab first
    # becomes four blanks, as it indents a nested bullet.
    text = clean_text(text.replace("\t", "    "))
    groups = (_paragraph_blocks(chunk) for chunk in re.split(r"\n\s*\n", text))
    return [blocks for blocks in groups if blocks]


def _paragraph_blocks(chunk: str) -> list[Block]:
    """One paragraph of a letter as blocks.

    A line starting with "• ", "- " or "* " is a bullet (indented by two or more blanks under
    another bullet: a nested one), an indented line after a bullet continues it, and other
    lines form running text whose line breaks are kept: the sign-off ("Kind regards," then
    the name) and an address depend on them.
    """
    blocks: list[Block] = []
    lines: list[str] = []  # running text not yet made into a paragraph
    for raw in chunk.split("\n"):
        line = raw.strip()
        if not line:
            continue
        marker = _BULLET_LINE.match(raw)
        previous = blocks[-1] if blocks and not lines else None
        if marker:
            if lines:
                blocks.append(Paragraph(plain("\n".join(lines))))
                lines = []
            nested = len(marker.group(1)) >= 2 and isinstance(previous, Bullet)
            blocks.append(Bullet(plain(raw[marker.end() :].strip()), level=int(nested)))
        elif raw[:1].isspace() and isinstance(previous, Bullet):
            # A wrapped bullet: its next line was indented to line up under the text.
            blocks[-1] = Bullet(plain(inline_text(previous.runs) + " " + line), previous.level)
        else:
            lines.append(line)
    if lines:
        blocks.append(Paragraph(plain("\n".join(lines))))
    return blocks


def build_cover_letter(snapshot: CareerSnapshot, style: Style, options: LetterOptions) -> Document:
    """A cover letter in the résumé's style: contact block, date, subject line, then the text.

    The date and the subject line are the document's, in the export language (the subject
    from resources/letters/, "Application: <title>, <company>", "Bewerbung als …"), so a
    letter drafted weeks ago carries today's date and a subject in the language it is sent
    in; the text is the user's and stays as written.

    Each paragraph of the letter becomes an untitled section, which every renderer sets apart
    by a blank line's space instead of a heading, so a letter has no headings or rules.

    Args:
        snapshot: the records (the profile gives the contact block and the author).
        style: the template, as for the résumé it goes with.
        options: the letter's text, company, role, language and date.

    Returns:
        The document tree: contact block, then untitled sections (the date, the bold subject
        line, each paragraph).

    """
    del style  # a letter has no dated periods; the renderers apply the look
    language = options.language
    profile = snapshot.profile
    day = options.today or date.today()
    subject = subject_line(options.title, options.company, language)
    sections = [
        Section("letter_date", "", [Paragraph(plain(format_full_date(day, language)))]),
        # the subject stays with the greeting: a reader takes them in together
        Section("letter_subject", "", [Paragraph([Run(subject, bold=True)], keep_with_next=True)]),
    ]
    groups = _letter_blocks(options.text)
    for number, blocks in enumerate(groups):
        # A sentence that introduces a list stays with the list's first item on a page, and
        # the closing paragraph with the sign-off, as a reader expects them together.
        for index, block in enumerate(blocks[:-1]):
            if isinstance(block, Paragraph) and isinstance(blocks[index + 1], Bullet):
                block.keep_with_next = True
        if number == len(groups) - 2 and isinstance(blocks[-1], Paragraph):
            blocks[-1].keep_with_next = True
        sections.append(Section(f"letter_{number + 1}", "", blocks))

    letter = heading("cover_letter", language)
    what = ", ".join(
        part for part in (_one_line(options.title), _one_line(options.company)) if part
    )
    title = f"{letter}: {what}" if what else letter
    return Document(
        meta=DocumentMeta(
            title=" — ".join(part for part in (_one_line(profile.name), title) if part),
            author=profile.name,
            language=language,
            subject=what or letter,
        ),
        contact=contact_block(profile),
        sections=sections,
    )


def _one_line(text: str) -> str:
    return " ".join(text.split())
