"""User text for reportlab: cleaned, escaped into paragraph markup, what the fonts lack noted."""

from __future__ import annotations

import re
from collections.abc import Iterable

from resume_builder.export import scripts
from resume_builder.export.document import Run
from resume_builder.export.fonts import (
    FAMILY_NAMES,
    fallback_glyphs,
    register_fallback_font,
    reportlab_face_name,
)
from resume_builder.export.links import safe_link
from resume_builder.export.style import Style
from resume_builder.export.text import clean_text

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
#: signs written as the nearest thing the fonts have (the glyph report leaves them out)
#: (arrows and the minus, ≤, ≥, ≈ print as themselves, in Noto Sans Math: see MATH_FONT)
LOOKALIKES = _LOOKALIKES = {
    "\u25cf": "•",  # black circle
    "\u25aa": "•",  # small black square
    "\u25a0": "•",  # black square
    "\u2605": "*",  # black star
    "\u2606": "*",  # white star
}


#: how the renderer's own sentences about characters without a glyph begin (the export
#: service replaces them by its report per record field)
GLYPH_WARNING_START = "No glyph: "


def _named_char(char: str) -> str:
    """A character no bundled font draws, as its Unicode name in brackets ("[rocket]")."""
    import unicodedata

    return "[" + unicodedata.name(char, f"U+{ord(char):04X}").lower() + "]"


def _named(match: re.Match[str]) -> str:
    # A sequence (a family emoji, a flag) is named by its first character.
    return _named_char(_ASTRAL.search(match.group()).group())


def escape_markup(text: str) -> str:
    """Text made literal for reportlab's paragraph markup (as xml.sax.saxutils.escape).

    Written out because importing xml.sax.saxutils pulls in urllib.request, about 25 ms of
    start-up that a command-line export pays in full.
    """
    return text.translate(_XML_ESCAPES)


def quote_attribute(value: str) -> str:
    """A markup attribute value, quoted and escaped (as xml.sax.saxutils.quoteattr)."""
    return '"' + value.translate(_ATTRIBUTE_ESCAPES) + '"'


class PdfText:
    """Turns user text into reportlab markup and remembers what it could not show as given.

    Every user string passes `clean` (the one policy of export/text.py, then what the bundled
    fonts cannot typeset) and is escaped, so no markup in user text reaches reportlab's parser.
    """

    def __init__(self, style: Style, faces: list[tuple[str, bool, bool]]) -> None:
        from reportlab.pdfbase import pdfmetrics

        self.style = style
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
        # The Arabic and Hebrew fonts, registered the first time a document needs one.
        self._fallback_fonts: dict[str, str] = {}
        #: signs the template's fonts lack that Noto Sans Math draws ("→", "−"), as met
        self.math_chars: set[str] = set()

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
            # No bundled font has emoji (and astral characters do not extract back from
            # reportlab's PDFs): each sequence prints as its name, visibly, never dropped.
            self._dropped_astral += len(_ASTRAL.findall(text))
            text = _ASTRAL_SEQUENCE.sub(_named, text)
        text = _VARIATION_SELECTORS.sub("", text)
        if not text.isascii():
            for char in dict.fromkeys(text):  # in order of appearance, for the warning
                if char in self._lookalikes:
                    self._replaced[char] = self._replaced.get(char, 0) + text.count(char)
            text = text.translate(self._lookalike_table)
            self._note_missing_glyphs(text)
            if any(self._missing.values()):
                text = self._name_missing(text)
        return text

    def _note_missing_glyphs(self, text: str) -> None:
        rtl = scripts.has_rtl(text)
        for family, glyphs in self._glyphs.items():
            # A dict keeps first-seen order, so the warning names the letters as they came.
            missing = self._missing.setdefault(family, {})
            for char in dict.fromkeys(text):
                if ord(char) not in glyphs and not char.isspace():
                    script = scripts.script_of(char) if rtl else ""
                    if script and ord(char) in fallback_glyphs(script):
                        continue
                    if char in self.math_chars or ord(char) in fallback_glyphs("math"):
                        # Registered only now, the first time a document needs it.
                        self.math_chars.add(char)
                        continue
                    missing[char] = None

    def _name_missing(self, text: str) -> str:
        """Text with each character no bundled font draws written as its name in brackets."""
        return "".join(
            _named_char(char) if any(char in chars for chars in self._missing.values()) else char
            for char in text
        )

    def fallback_font(self, script: str) -> str:
        """The reportlab name of the regular face drawing `script` ("arabic", "hebrew")."""
        name = self._fallback_fonts.get(script)
        if name is None:
            name = self._fallback_fonts[script] = register_fallback_font(script)
        return name

    def shown_markup(self, text: str) -> str:
        """Cleaned text as escaped markup, each Arabic or Hebrew run shaped, in visual order
        and in its own font (`<font name=…>`), so that reportlab draws it joined and right
        to left inside a paragraph of the template's font.
        """
        if not scripts.has_rtl(text):
            return self._math_markup(text)
        parts = []
        for piece, script in scripts.font_stretches(self.shown_line(text), self.covers):
            if script:
                font = quote_attribute(self.fallback_font(script))
                parts.append(f"<font name={font}>{escape_markup(piece)}</font>")
            else:
                parts.append(self._math_markup(piece))
        return "".join(parts)

    def has_math(self, text: str) -> bool:
        """Whether cleaned text holds a sign drawn in Noto Sans Math."""
        return (
            bool(self.math_chars)
            and not text.isascii()
            and any(char in self.math_chars for char in text)
        )

    def math_stretches(self, text: str) -> list[tuple[str, bool]]:
        """Text cut into (piece, drawn in Noto Sans Math) stretches."""
        stretches: list[tuple[str, bool]] = []
        for char in text:
            math = char in self.math_chars
            if stretches and stretches[-1][1] == math:
                stretches[-1] = (stretches[-1][0] + char, math)
            else:
                stretches.append((char, math))
        return stretches

    def _math_markup(self, text: str) -> str:
        """Escaped markup with each sign the template's fonts lack in Noto Sans Math."""
        if not self.has_math(text):
            return escape_markup(text)
        font = quote_attribute(self.fallback_font("math"))
        return "".join(
            f"<font name={font}>{escape_markup(piece)}</font>" if math else escape_markup(piece)
            for piece, math in self.math_stretches(text)
        )

    def covers(self, script: str, char: str) -> bool:
        """Whether the fallback font of `script` has a glyph for the character."""
        return ord(char) in fallback_glyphs(script)

    def shown_line(self, text: str) -> str:
        """Cleaned one-line text for a flowable that draws plain strings: its RTL runs in
        visual order (draw it with `scripts.font_stretches` to give each stretch its font).
        """
        if not scripts.has_rtl(text):
            return text
        return "".join(
            scripts.visual_order(piece) if script else piece
            for piece, script in scripts.split_rtl_runs(text)
        )

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
            piece = self.shown_markup(text).replace("\n", "<br/>")
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
                f"{GLYPH_WARNING_START}{self._dropped_astral} characters (emoji) have no glyph "
                "in the bundled fonts and print as their names in brackets"
            )
        for family, chars in self._missing.items():
            if not chars:
                continue
            sample = ", ".join(f"“{char}” as “{_named_char(char)}”" for char in list(chars)[:3])
            found.append(
                f"{GLYPH_WARNING_START}{len(chars)} different characters are not in the "
                f"{FAMILY_NAMES[family]} font and print as their names ({sample})"
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
