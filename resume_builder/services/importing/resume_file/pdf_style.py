r"""What a PDF font's name says about its letters (bold, slanted, or pictures rather than
letters), and the fields a heading line's change of style marks.

A résumé tool that sets an entry's heading in one line marks its fields by style more often
than by separators: LaTeX CV classes write "\textbf{Title}, \textsl{Employer}, Town", so
the comma where the style changes parts two fields, and a comma inside one style run
("Goldsmiths, University of London", "Lärare i matematik, åk 7–9") does not.
"""

from __future__ import annotations

_BOLD_WORDS = ("bold", "black", "heavy", "semibold", "demi")
# PostScript names say Italic, Oblique or Slant; TeX's Computer Modern fonts cmti, cmsl, ...
_SLANT_WORDS = ("italic", "oblique", "slant", "cmti", "cmsl", "cmssi", "cmbxti", "cmbxsl")
# Fonts of pictures (icons, bullets, arrows) whose glyphs come out as whatever letter has
# their code: moderncv's bullet is marvosym's circle at "{"; pifont's are Zapf Dingbats'
_PICTURE_FONTS = ("marvosym", "dingbat", "wingding", "webding", "fontawesome", "academicons")


def is_bold(font: str) -> bool:
    """Whether a font's (folded) name says it is bold."""
    return any(word in font for word in _BOLD_WORDS)


def is_slanted(font: str) -> bool:
    """Whether a font's (folded) name says it is italic or slanted."""
    return any(word in font for word in _SLANT_WORDS)


def picture_glyph(font: str, text: str) -> str:
    """A glyph or two of a picture font as the bullet mark "•" (what it stands for at the
    start of a line, and a separator elsewhere); any other text as it is.
    """
    if len(text.strip()) <= 2 and any(name in font for name in _PICTURE_FONTS):
        return "•"
    return text


class StyleFields:
    """Builds a line's text with a tab for each comma at which the style changes between
    two runs of letters (bold to slanted, slanted to upright), alongside its plain text.
    """

    def __init__(self) -> None:
        self.text = ""
        self._style: tuple[bool, bool] | None = None
        self._letters_end = 0  # where the last run of letters ended in `text`
        self.parted = False

    def glue(self, sep: str) -> None:
        """The space or tab the line puts before its next piece."""
        self.text = self.text.rstrip() + sep if sep == "\t" else self.text + sep

    def add(self, piece: str, style: tuple[bool, bool]) -> None:
        """Adds a piece of text set in `style` (bold, slanted)."""
        lead = len(piece) - len(piece.lstrip(" ,;"))
        has_letters = any(c.isalnum() for c in piece)
        if has_letters and self._style is not None and style != self._style:
            between = self.text[self._letters_end :] + piece[:lead]
            if "," in between and "\t" not in between:
                self.text = self.text[: self._letters_end] + "\t" + piece[lead:]
                self.parted = True
                self._mark(style)
                return
        self.text += piece
        if has_letters:
            self._mark(style)

    def _mark(self, style: tuple[bool, bool]) -> None:
        self._style = style
        stripped = self.text.rstrip(" ,;.")
        self._letters_end = len(stripped)
