"""Document styles read from templates/*.toml; one style drives both the DOCX and PDF renderers.

Adding a template means adding a file: every value has a default here, so a template states
only what makes it different.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from resume_builder.domain.look import MARGINS, SECTION_KEYS, DocumentLook, section_order

#: the order of sections a template has unless it says otherwise
DEFAULT_SECTION_ORDER = SECTION_KEYS


#: what every template file must state; everything else has a default
REQUIRED_SETTINGS = ("name",)


#: an entry's line in a table of contents is indented this far under its section's (points)
CONTENTS_INDENT = 12.0
#: the space above a section's line in a table of contents (but the first), in body sizes
CONTENTS_SECTION_SPACE = 0.6


def line_height(size: float, spacing: float) -> float:
    """A line's height in points: `size` times `spacing`, to the twentieth of a point.

    Word stores exact line spacing in twentieths of a point; the PDF's lines are as tall as
    the DOCX's only when both round alike (compact's 9 pt × 1.12 is 10.08 pt in the PDF but
    10.1 pt in Word: a point and a half over a page, and a line that goes over to the next).
    """
    return round(size * spacing * 20) / 20


@dataclass(frozen=True)
class ContentsLineLook:
    """How one line of a table of contents is set, in PDF and DOCX alike (so that the two
    paginate alike): its indent and space above in points, bold, and whether it stays with
    the next line at a page end.
    """

    indent: float
    space_before: float
    bold: bool
    keep_with_next: bool


def contents_line_looks(levels: list[int], body_size: float) -> list[ContentsLineLook]:
    """The look of each line of a table of contents from the lines' levels (0 a section,
    1 an entry under it): a section's line is bold, opens its group with a little air above
    it, and stays with its first entry.
    """
    looks = []
    for index, level in enumerate(levels):
        section = level == 0
        looks.append(
            ContentsLineLook(
                indent=CONTENTS_INDENT * level,
                space_before=body_size * CONTENTS_SECTION_SPACE if section and index else 0.0,
                bold=section,
                keep_with_next=section and index + 1 < len(levels) and levels[index + 1] > 0,
            )
        )
    return looks


class StyleError(ValueError):
    """A template file that cannot be used; the message names the file and the problem."""


@dataclass(frozen=True)
class Style:
    """Everything a renderer needs to know about how a document looks (sizes in points)."""

    key: str = "classic"
    name: str = "Classic"
    description: str = ""
    thumbnail: str = ""  # file name beside the template
    # fonts: "serif" or "sans" (bundled families, see export/fonts.py)
    body_font: str = "serif"
    heading_font: str = "serif"
    # sizes
    name_size: float = 20.0
    headline_size: float = 11.5
    heading_size: float = 11.5
    entry_title_size: float = 10.5
    body_size: float = 10.0
    small_size: float = 9.0
    line_spacing: float = 1.2  # multiple of the font size
    # colours (#rrggbb)
    text_color: str = "#1a1a1a"
    accent_color: str = "#1a1a1a"
    muted_color: str = "#555555"
    rule_color: str = "#888888"
    # spacing
    margin_top_mm: float = 16.0
    margin_bottom_mm: float = 16.0
    margin_left_mm: float = 18.0
    margin_right_mm: float = 18.0
    section_space_before: float = 10.0
    section_space_after: float = 4.0
    entry_space_before: float = 8.0
    bullet_space: float = 1.5
    bullet_indent_mm: float = 5.0
    # layout
    heading_upper: bool = True  # section headings in capitals
    heading_rule: bool = True  # a thin line under each section heading
    contact_align: str = "center"  # "center" or "left"
    section_order: tuple[str, ...] = DEFAULT_SECTION_ORDER
    #: optional sections fitting a page target never cuts (a European CV's languages)
    kept_sections: tuple[str, ...] = ()
    date_format: str = "month_year"  # "month_year" (May 2019), "numeric" (05/2019), "iso" (2019-05)
    # the box the profile photo is fitted into, at the top right beside the contact block
    photo_width_mm: float = 30.0
    photo_height_mm: float = 38.0
    #: this export shows the profile photo: chosen per export (DocumentLook.photo), never by
    #: a template, so a template file may not set it
    photo: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    def with_changes(self, **changes: Any) -> Style:
        """A copy with some values changed."""
        return replace(self, **changes)


def load_style(path: Path) -> Style:
    """Reads one template file.

    Raises:
        StyleError: the file is not TOML, or a value has the wrong type or is unknown.

    """
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise StyleError(f"template {path.name}: cannot be read ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise StyleError(f"template {path.name}: is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise StyleError(f"template {path.name}: is not valid TOML ({exc})") from None
    missing = [name for name in REQUIRED_SETTINGS if name not in data]
    if missing:
        raise StyleError(f"template {path.name}: the required setting “{missing[0]}” is missing")
    known = {f.name: f for f in fields(Style)}
    values: dict[str, Any] = {"key": path.stem}
    for name, value in data.items():
        if name not in known or name in ("extra", "photo"):
            raise StyleError(f"template {path.name}: unknown setting “{name}”")
        default = getattr(Style(), name)
        if isinstance(default, tuple):
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise StyleError(f"template {path.name}: “{name}” must be a list of names")
            unknown = [v for v in value if v not in DEFAULT_SECTION_ORDER]
            if unknown:
                raise StyleError(f"template {path.name}: unknown section “{unknown[0]}”")
            value = tuple(value)
        elif isinstance(default, bool):
            if not isinstance(value, bool):
                raise StyleError(f"template {path.name}: “{name}” must be true or false")
        elif isinstance(default, float):
            if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
                raise StyleError(f"template {path.name}: “{name}” must be a positive number")
            value = float(value)
        elif not isinstance(value, str):
            raise StyleError(f"template {path.name}: “{name}” must be text")
        values[name] = value
    style = Style(**values)
    for colour in ("text_color", "accent_color", "muted_color", "rule_color"):
        text = getattr(style, colour)
        if len(text) != 7 or not text.startswith("#") or not _is_hex(text[1:]):
            raise StyleError(f"template {path.name}: “{colour}” must look like #1a2b3c")
    if style.body_font not in ("serif", "sans") or style.heading_font not in ("serif", "sans"):
        raise StyleError(f"template {path.name}: fonts must be “serif” or “sans”")
    if style.contact_align not in ("center", "left"):
        raise StyleError(f"template {path.name}: “contact_align” must be “center” or “left”")
    if style.thumbnail and Path(style.thumbnail).name != style.thumbnail:
        raise StyleError(f"template {path.name}: “thumbnail” must name a file beside the template")
    if not style.name.strip():
        raise StyleError(f"template {path.name}: “name” must not be empty")
    if style.date_format not in ("month_year", "numeric", "iso"):
        raise StyleError(f"template {path.name}: unknown date_format “{style.date_format}”")
    return style


#: how each density changes a template: spaces scaled, line spacing and body size shifted
_DENSITY = {
    "compact": {"space": 0.7, "leading": -0.06, "size": -0.5},
    "roomy": {"space": 1.35, "leading": 0.08, "size": 0.25},
}
#: the smallest line spacing a density may leave (lines must not touch)
_MIN_LINE_SPACING = 1.05


def apply_look(style: Style, look: DocumentLook) -> Style:
    """The template with one export's choices applied (an empty look returns it unchanged).

    The accent colours the name, the headings and, where the template draws its rules in
    its accent, the rules; the font sets body and headings alike; margins set all four
    sides; a density scales the spaces between paragraphs and shifts the line spacing and
    body sizes a little; the section order puts the sections named first; the photo asks a
    résumé to show the profile photo.
    """
    if look.is_plain():
        return style
    changes: dict[str, Any] = {}
    if look.accent:
        changes["accent_color"] = look.accent.lower()
        if style.rule_color.lower() == style.accent_color.lower():
            changes["rule_color"] = look.accent.lower()
    if look.font:
        changes["body_font"] = changes["heading_font"] = look.font
    if look.margins:
        width = MARGINS[look.margins]
        for side in ("top", "bottom", "left", "right"):
            changes[f"margin_{side}_mm"] = width
    if look.density:
        shift = _DENSITY[look.density]
        for name in (
            "section_space_before",
            "section_space_after",
            "entry_space_before",
            "bullet_space",
        ):
            changes[name] = round(getattr(style, name) * shift["space"], 2)
        changes["line_spacing"] = max(_MIN_LINE_SPACING, style.line_spacing + shift["leading"])
        for name in ("body_size", "entry_title_size", "small_size"):
            changes[name] = getattr(style, name) + shift["size"]
    if look.section_order:
        changes["section_order"] = section_order(look.section_order, style.section_order)
    if look.photo:
        changes["photo"] = True
    return replace(style, **changes)


def _is_hex(text: str) -> bool:
    try:
        int(text, 16)
    except ValueError:
        return False
    return True
