"""How one export looks beyond its template: the choices a person makes per export.

A template (templates/*.toml) sets every size, colour and space; a `DocumentLook` changes a
few of them for one export, and is remembered on a target, so the résumé sent to one
employer keeps its order of sections and its colour the next time it is made. Every field's
empty value means "as the template has it", so an empty look changes nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any

#: every section a résumé can have, in the order the templates use unless they say otherwise
SECTION_KEYS = (
    "summary",
    "experience",
    "education",
    "certifications",
    "skills",
    "projects",
    "publications",
    "awards",
    "volunteer",
    "languages",
    "references",
    "interests",
)
#: the bundled font families a document can be set in (see export/fonts.py)
FONTS = ("serif", "sans")
#: margin choices and each one's width in millimetres on every side ("" keeps the template's)
MARGINS = {"narrow": 12.0, "wide": 25.0}
#: density choices: how much room between and around the lines ("" keeps the template's)
DENSITIES = ("compact", "roomy")


class LookError(ValueError):
    """A choice of look that cannot be used; the message names the choice and the fix."""


@dataclass(frozen=True)
class DocumentLook:
    """Changes to a template for one export; each empty field keeps the template's value.

    Attributes:
        section_order: section keys to put first, in this order; the sections not named
            follow in the template's order.
        accent: the colour of the name, headings and rules ("#1f5fbf").
        font: "serif" or "sans", for body and headings alike.
        margins: "narrow" or "wide".
        density: "compact" (tighter lines and spaces) or "roomy".
        photo: show the profile photo beside the name (a résumé; off unless asked for, as
            many applicant-tracking systems and US employers prefer a résumé without one).

    """

    section_order: tuple[str, ...] = ()
    accent: str = ""
    font: str = ""
    margins: str = ""
    density: str = ""
    photo: bool = False

    def __post_init__(self) -> None:
        check_look(self)

    def is_plain(self) -> bool:
        """True when the look changes nothing: the template as it is."""
        return self == DocumentLook()

    def to_dict(self) -> dict[str, Any]:
        """The look as JSON-ready data, only the fields that change something."""
        data: dict[str, Any] = {}
        for spec in fields(self):
            value = getattr(self, spec.name)
            if value:
                data[spec.name] = list(value) if isinstance(value, tuple) else value
        return data

    @classmethod
    def from_dict(cls, data: object) -> DocumentLook:
        """A look from stored data.

        Raises:
            LookError: the data is not a look, or one of its choices is unknown.

        """
        if data is None:
            return cls()
        if not isinstance(data, dict):
            raise LookError(f"a document look must be an object, not {data!r:.40}")
        known = {spec.name for spec in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise LookError(f"a document look has no choice “{unknown[0]}”")
        values = dict(data)
        order = values.get("section_order", ())
        if not isinstance(order, list | tuple) or not all(isinstance(k, str) for k in order):
            raise LookError("a document look's section order must be a list of section names")
        values["section_order"] = tuple(order)
        for name in ("accent", "font", "margins", "density"):
            if not isinstance(values.get(name, ""), str):
                raise LookError(f"a document look's {name} must be text")
        if not isinstance(values.get("photo", False), bool):
            raise LookError("a document look's photo must be true or false")
        return cls(**values)

    def with_choices(self, choices: Mapping[str, object] | None) -> DocumentLook:
        """The look with some choices made again; an empty value goes back to the template's.

        Raises:
            LookError: a choice is unknown or cannot be used.

        """
        if not choices:
            return self
        return DocumentLook.from_dict({**self.to_dict(), **dict(choices)})


def check_look(look: DocumentLook) -> None:
    """Raises LookError naming the first choice that cannot be used."""
    unknown = [key for key in look.section_order if key not in SECTION_KEYS]
    if unknown:
        raise LookError(
            f"there is no section “{unknown[0]}”; the sections are: " + ", ".join(SECTION_KEYS)
        )
    twice = [key for i, key in enumerate(look.section_order) if key in look.section_order[:i]]
    if twice:
        raise LookError(f"the section “{twice[0]}” is named twice in the section order")
    if look.accent and not is_colour(look.accent):
        raise LookError(
            f"the accent colour “{look.accent}” is not a colour: write it as #rrggbb, "
            "for example #1f5fbf"
        )
    if look.font and look.font not in FONTS:
        raise LookError(f"there is no font “{look.font}”; choose " + " or ".join(FONTS))
    if look.margins and look.margins not in MARGINS:
        raise LookError(
            f"there are no “{look.margins}” margins; choose "
            + " or ".join(MARGINS)
            + " (or leave them as the template has them)"
        )
    if look.density and look.density not in DENSITIES:
        raise LookError(
            f"there is no “{look.density}” density; choose "
            + " or ".join(DENSITIES)
            + " (or leave it as the template has it)"
        )


def is_colour(text: str) -> bool:
    """True for a colour written #rrggbb."""
    if len(text) != 7 or not text.startswith("#"):
        return False
    return all(c in "0123456789abcdefABCDEF" for c in text[1:])


def section_order(look_order: tuple[str, ...], template_order: tuple[str, ...]) -> tuple[str, ...]:
    """The sections in the order the look asks for first, then the template's for the rest."""
    return tuple(look_order) + tuple(k for k in template_order if k not in look_order)
