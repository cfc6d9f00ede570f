"""What each character of user text becomes in a document: one policy for every renderer.

Every renderer (PDF, DOCX, Markdown, plain text) passes user text through `clean_text` right
before writing it, so a character means the same thing in every format; the renderers keep only
their own escaping (XML for reportlab's markup, backslashes for Markdown) and what their format
or font cannot show (emoji in a PDF).

The policy:

- Line ends other software writes (CR LF, CR, vertical tab, form feed, the C0 file, group and
  record separators, NEL, U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR) are a line break
  where the field allows one; in a one-line field (a title, a date, a heading) each run of
  breaks and the blanks beside it is one space.
- A tab is a space: in a document it would jump to whatever tab stop the format has.
- Other C0 and C1 control characters (NUL, bell, escape, DEL...) are removed: nothing can show
  them and DOCX cannot even hold them.
- Surrogate code points: a high and low pair is the character it encodes; a lone one becomes
  U+FFFD REPLACEMENT CHARACTER, so the reader sees that something was there.
- Unicode noncharacters (U+FDD0..U+FDEF, U+xFFFE, U+xFFFF) are removed.
- Invisible characters with no meaning in a document (zero-width space, word joiner, byte order
  mark, soft hyphen) are removed, so a pasted word stays one word when a reader extracts it.
- Everything else stays as typed: no-break spaces, zero-width joiners (emoji sequences and
  scripts need them), direction marks, letters of any script.
"""

from __future__ import annotations

import re

#: what a lone surrogate becomes
REPLACEMENT = "\ufffd"

# Line ends, CR LF first so that it is one break, not two.
_LINE_BREAK = "\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]"
_LINE_BREAKS = re.compile(_LINE_BREAK)
# In a one-line field a break, with the blanks and other breaks around it, is one space.
_ONE_LINE_BREAKS = re.compile(f"[ \t]*(?:{_LINE_BREAK})(?:[ \t]|{_LINE_BREAK})*")
_NONCHARACTERS = "\ufdd0-\ufdef" + "".join(
    chr(plane * 0x10000 + 0xFFFE) + chr(plane * 0x10000 + 0xFFFF) for plane in range(17)
)
# Controls other than the line ends and the tab, and noncharacters: what no format can show.
_UNSHOWABLE = re.compile(f"[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f{_NONCHARACTERS}]")
# Invisible characters that would only split or join words for a machine reading the text.
_INVISIBLE = re.compile("[\u200b\u2060\ufeff\u00ad]")
_SURROGATES = re.compile("[\ud800-\udfff]")
_SURROGATE_PAIR = re.compile("[\ud800-\udbff][\udc00-\udfff]")


def clean_text(text: str, *, keep_newlines: bool = True) -> str:
    """User text as every document shows it (see the module's policy).

    Args:
        text: the text as the user typed or pasted it.
        keep_newlines: True where the field holds several lines (a bullet, a paragraph):
            every kind of line end becomes a newline. False for a one-line field: each line end,
            with the blanks beside it, becomes one space.

    Returns:
        The cleaned text; blanks at its ends are left for the caller, which may need them
        to separate it from the run beside it.

    """
    return clean_text_counted(text, keep_newlines=keep_newlines)[0]


def clean_text_counted(text: str, *, keep_newlines: bool = True) -> tuple[str, int]:
    """`clean_text`, and how many control characters and noncharacters it removed (for a
    renderer's warning; invisible characters and replaced surrogates are not counted).
    """
    if not text:
        return "", 0
    if _SURROGATES.search(text):
        text = fix_surrogates(text)
    text, removed = _UNSHOWABLE.subn("", text)
    text = _INVISIBLE.sub("", text)
    text = _LINE_BREAKS.sub("\n", text) if keep_newlines else _ONE_LINE_BREAKS.sub(" ", text)
    return text.replace("\t", " "), removed


def fix_surrogates(text: str) -> str:
    """Text that UTF-8 can encode: surrogate pairs joined, lone surrogates replaced by U+FFFD.

    For formats that keep text exactly otherwise (the JSON Resume export).
    """
    if not _SURROGATES.search(text):
        return text
    return _SURROGATES.sub(REPLACEMENT, _SURROGATE_PAIR.sub(_join_pair, text))


def _join_pair(match: re.Match[str]) -> str:
    high, low = (ord(c) for c in match.group())
    return chr(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))


# A phone number as people write it: digits in groups, with "+", brackets, dots or dashes.
_PHONE = re.compile(r"\+?[\d(][\d ()./-]{4,}\d")


def unbreakable_phone(text: str) -> str:
    """A contact item with no-break spaces inside it when it is a phone number.

    A line that wraps inside "+46 70 555 01 23" leaves half a number on each line; Word and a
    web form honour U+00A0. Other items keep ordinary blanks: a reader's software matching a
    name or a town should see the characters it expects.
    """
    if _PHONE.fullmatch(text.strip()):
        return text.replace(" ", "\u00a0")
    return text
