"""Reading one JSON value as a model value, forgiving what a person would read the same way.

Each reader takes the value and its place in the file ("work[2].highlights"). A value of the
wrong shape that still means the same thing is read with a warning (one text where a list
belongs is a list of that one text, never one item per letter; a year written as a number is
that year); a value that means nothing here is left empty with a warning. An item that cannot
be read at all (text where a role's object belongs) is skipped through `SkipItem`, which the
section loops catch: one bad item never costs the rest of the file.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NoReturn

from resume_builder.domain.dates import PRESENT, DateError, EndDate, PartialDate, parse_date
from resume_builder.domain.dates import parse_end as parse_end_date
from resume_builder.export.json_resume import EXTENSION_KEY
from resume_builder.services.importing.json_document import kind_of
from resume_builder.services.importing.json_fields import DATE, END, EXTENSION_KNOWN, TEXT, TEXTS

# The parts of a JSON Resume location, in the order a person writes them on one line.
_PLACE_PARTS = ("address", "city", "postalCode", "region", "countryCode")


def _is_place(value: Any) -> bool:
    """Whether a value is a location object ({"city": "Oslo", "countryCode": "NO"})."""
    return (
        isinstance(value, dict)
        and bool(value)
        and set(value) <= set(_PLACE_PARTS)
        and all(isinstance(v, str) for v in value.values())
    )


class SkipItem(Exception):
    """An item that cannot be read; the message says why (the place is the item's)."""


class ValueReader:
    """Typed reads of JSON values that collect warnings instead of refusing the file."""

    def __init__(self, source_name: str) -> None:
        self.source_name = source_name
        self.warnings: list[str] = []

    def warn(self, where: str, message: str) -> None:
        self.warnings.append(f"{self.source_name}: {where}: {message}")

    def skip(self, message: str) -> NoReturn:
        raise SkipItem(message)

    # ------------------------------------------------------------------ scalars
    def convert(self, kind: str, value: Any, where: str) -> Any:
        if kind == TEXT:
            return self.text(value, where)
        if kind == TEXTS:
            return self.texts(value, where)
        if kind == DATE:
            return self.date(value, where)
        assert kind == END, kind
        return self.end(value, where)

    def value(
        self, item: dict[str, Any], extension: dict[str, Any], key: str, kind: str, where: str
    ) -> Any:
        if key in extension:
            return self.convert(kind, extension[key], f"{where}.{EXTENSION_KEY}.{key}")
        return self.convert(kind, item.get(key), f"{where}.{key}")

    def text(self, value: Any, where: str) -> str:
        if value is None:
            return ""
        if isinstance(value, str):
            return value
        if isinstance(value, int | float) and not isinstance(value, bool):
            return str(value)  # a score or postal code written as a number
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            self.warn(where, "a list where text belongs; its items were read as lines")
            return "\n".join(value)
        if _is_place(value):
            text = ", ".join(
                value[k].strip() for k in _PLACE_PARTS if str(value.get(k, "")).strip()
            )
            self.warn(where, f"a location object where text belongs; read as “{text}”")
            return text
        self.warn(where, f"{kind_of(value)} where text belongs; left empty")
        return ""

    def texts(self, value: Any, where: str) -> list[str]:
        if value is None:
            return []
        if isinstance(value, str):
            self.warn(where, "one text where a list belongs; read as a list of that one text")
            return [value] if value.strip() else []
        if not isinstance(value, list):
            self.warn(where, f"{kind_of(value)} where a list of texts belongs; left empty")
            return []
        found = []
        for index, inner in enumerate(value):
            place = f"{where}[{index}]"
            if (
                inner is None
                or isinstance(inner, str | int | float)
                and not isinstance(inner, bool)
            ):
                found.append(self.text(inner, place))
            else:
                self.warn(place, f"{kind_of(inner)} where text belongs; left out")
        return found

    def date(self, value: Any, where: str) -> PartialDate | None:
        return self._read_date(value, where, parse_date)

    def end(self, value: Any, where: str) -> EndDate | None:
        if isinstance(value, str) and not value.strip():
            return PRESENT  # an empty end is how some tools say "still going on"
        return self._read_date(value, where, parse_end_date)

    def _read_date(self, value: Any, where: str, parse: Callable[[str], Any]) -> Any:
        """A date through the one reader of typed dates ("2019-05", "05/2019", "May 2019", a
        date-time); one it cannot read is left empty with a warning naming place and value.
        """
        text = self._date_text(value, where)
        if text is None:
            return None
        try:
            return parse(text)
        except DateError as exc:
            self.warn(where, f"left empty: {exc}")
            return None

    def _date_text(self, value: Any, where: str) -> str | None:
        if value is None or isinstance(value, str):
            return value
        if isinstance(value, int) and not isinstance(value, bool):
            self.warn(where, f"the number {value} where a date as text belongs; read as “{value}”")
            return str(value)
        self.warn(where, f"{kind_of(value)} where a date belongs; left empty")
        return None

    # ------------------------------------------------------------------ structure
    def item(self, value: Any) -> dict[str, Any]:
        """An item of a section: an object, or the item is skipped."""
        if not isinstance(value, dict):
            self.skip(f"{kind_of(value)} where an object belongs")
        return value

    def object_or_empty(self, value: Any, where: str) -> dict[str, Any]:
        """An object inside an item; anything else is left out with a warning."""
        if value is None:
            return {}
        if not isinstance(value, dict):
            self.warn(where, f"{kind_of(value)} where an object belongs; left out")
            return {}
        return value

    def items(self, holder: dict[str, Any], key: str, where: str | None = None) -> list[Any]:
        """The entries of a list; one object where the list belongs is a list of that one."""
        where = where or key
        value = holder.get(key)
        if value is None:
            return []
        if isinstance(value, dict):
            self.warn(where, "one object where a list belongs; read as a list of that one")
            return [value]
        if not isinstance(value, list):
            self.warn(where, f"{kind_of(value)} where a list belongs; left out")
            return []
        return value

    def extension(self, item: dict[str, Any], where: str) -> dict[str, Any]:
        return self.object_or_empty(item.get(EXTENSION_KEY), f"{where}.{EXTENSION_KEY}")

    def extra_object(self, value: Any, where: str) -> dict[str, Any]:
        return dict(self.object_or_empty(value, where))

    def extra(
        self,
        item: dict[str, Any],
        extension: dict[str, Any],
        known: set[str],
        aside_known: set[str],
        where: str,
    ) -> dict[str, Any]:
        """The record's `extra`: what our export kept there, plus every key of the item (and
        of its extension) that has no field here, so another tool's additions come back out
        on export.
        """
        extra = self.extra_object(extension.get("extra"), f"{where}.{EXTENSION_KEY}.extra")
        extra.update({k: v for k, v in item.items() if k not in known and k != EXTENSION_KEY})
        leftover = {k: v for k, v in extension.items() if k not in EXTENSION_KNOWN | aside_known}
        if leftover:
            merge_into(extra, EXTENSION_KEY, leftover)
        return extra


def merge_into(extra: dict[str, Any], key: str, values: dict[str, Any]) -> None:
    """Adds values under extra[key], next to what an earlier export kept there."""
    existing = extra.get(key)
    extra[key] = {**existing, **values} if isinstance(existing, dict) else values
