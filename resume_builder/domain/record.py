"""The base of every stored record, and how its fields are read from and written to data.

Field names cover every field of the JSON Resume schema (v1.0.0) so that an import and an
export can be lossless; anything a file carries that we have no field for goes to `extra`.
"""

from __future__ import annotations

import os
import typing
from collections.abc import Callable
from dataclasses import MISSING, dataclass, field, fields, replace
from datetime import UTC, datetime
from functools import cache
from typing import Any, ClassVar, TypeVar

from resume_builder.domain.dates import (
    PRESENT,
    DateError,
    EndDate,
    PartialDate,
    parse_date,
    parse_end,
)


class RecordError(ValueError):
    """A stored or imported record that does not fit the model; says which field and why."""


def new_id() -> str:
    """A fresh, globally unique record id: a random (version 4) UUID in 32 hex digits.

    Made as `uuid.uuid4().hex` makes it, from 16 random bytes with the version and variant
    bits set; the uuid module itself costs the window's start-up 2 ms to import.
    """
    raw = bytearray(os.urandom(16))
    raw[6] = (raw[6] & 0x0F) | 0x40  # version 4
    raw[8] = (raw[8] & 0x3F) | 0x80  # RFC 4122 variant
    return raw.hex()


def now_iso() -> str:
    """The current time as an ISO 8601 UTC timestamp, to the second."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


@dataclass
class Link:
    """A profile on the web (JSON Resume `basics.profiles`)."""

    network: str = ""
    username: str = ""
    url: str = ""


@dataclass
class Record:
    """Base of every stored record: a stable id and fields we could not place."""

    KIND: ClassVar[str] = ""
    id: str = field(default_factory=new_id)
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The record as JSON-ready data."""
        return {f.name: _encode(getattr(self, f.name)) for f in fields(self)}

    @classmethod
    def from_dict(cls: type[R], data: dict[str, Any]) -> R:
        """Builds a record from stored data; unknown keys are kept in `extra`.

        Raises:
            RecordError: a value has the wrong type or is not a valid date.

        """
        if not isinstance(data, dict):
            raise RecordError(f"a {cls.KIND or cls.__name__} must be an object, not {data!r:.40}")
        plan = _plan(cls)
        decoders, text_fields = plan.decoders, plan.text_fields
        kwargs: dict[str, Any] = {}
        unknown: dict[str, Any] = {}
        for name, value in data.items():
            if value.__class__ is str and name in text_fields:
                kwargs[name] = value  # most values are text, which needs no decoding
                continue
            decoder = decoders.get(name)
            if decoder is None:
                unknown[name] = value
                continue
            try:
                kwargs[name] = decoder(value)
            except (TypeError, ValueError) as exc:
                raise RecordError(f"{cls.KIND or cls.__name__} field “{name}”: {exc}") from None
        if unknown:
            kwargs["extra"] = {**kwargs.get("extra", {}), **unknown}
        record = plan.build(kwargs)
        record.validate()
        return record

    def validate(self) -> None:
        """Raises RecordError when a field breaks a rule of the model."""
        if not isinstance(self.id, str) or not self.id:
            raise RecordError(f"{self.KIND} has no id")

    def copy(self: R, **changes: Any) -> R:
        """A copy with some fields changed."""
        return replace(self, **changes)


R = TypeVar("R", bound=Record)


class _Plan:
    """How stored data becomes a record of one class, worked out once (loading is hot)."""

    def __init__(self, cls: type):
        hints = typing.get_type_hints(cls)
        self.cls = cls
        #: one decoding function per field
        self.decoders: dict[str, Callable[[Any], Any]] = {
            f.name: _decoder_for(hints[f.name]) for f in fields(cls)
        }
        #: the fields that hold text, whose stored text is taken as it is
        self.text_fields = frozenset(f.name for f in fields(cls) if hints[f.name] is str)
        self._defaults = {f.name: f.default for f in fields(cls) if f.default is not MISSING}
        self._factories = [
            (f.name, f.default_factory) for f in fields(cls) if f.default_factory is not MISSING
        ]
        # The dataclass's __init__ only stores each field (no __post_init__, every field
        # in __init__): filling the instance's dict directly does the same, three times faster.
        self._direct = not hasattr(cls, "__post_init__") and all(f.init for f in fields(cls))
        if self._direct:
            # a field without a default would be a TypeError from __init__: keep that
            self._direct = all(
                f.default is not MISSING or f.default_factory is not MISSING for f in fields(cls)
            )

    def build(self, values: dict[str, Any]) -> Any:
        """The record holding `values` (every other field has its default)."""
        if not self._direct:
            return self.cls(**values)
        record = object.__new__(self.cls)
        state = dict(self._defaults)
        state.update(values)
        for name, factory in self._factories:
            if name not in values:
                state[name] = factory()
        record.__dict__.update(state)
        return record


@cache
def _plan(cls: type) -> _Plan:
    return _Plan(cls)


def _decoder_for(hint: Any) -> Callable[[Any], Any]:
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if hint is str:
        return _decode_str
    if origin is list and args == (str,):
        return _decode_str_list
    if hint == PartialDate | None:
        return _decode_date
    if hint == EndDate | None:
        return _decode_end
    if hint is int:
        return _decode_int
    if hint is bool:
        return _decode_bool
    if hint is dict or origin is dict:
        return _decode_dict
    if origin is list and args == (Link,):
        return _decode_link_list
    if origin is list and len(args) == 1:
        item = _decoder_for(args[0])
        return lambda value: [item(v) for v in _decode_list(value)]
    if args and type(None) in args and len(args) == 2:
        inner = _decoder_for(next(a for a in args if a is not type(None)))
        return lambda value: None if value is None else inner(value)
    # Worked out per value: slower, but no field of the model takes this path.
    return lambda value: _decode(hint, value)


def _date_decoder(parse: Callable[[str | None], Any]) -> Callable[[Any], Any]:
    """A decoder for dates written as text, with `parse` (start dates, or ends that may be open)."""

    def decode(value: Any) -> Any:
        if value is not None and not isinstance(value, str):
            raise TypeError(f"expected a date as text, got {value!r:.40}")
        try:
            return parse(value)
        except DateError as exc:
            raise ValueError(str(exc)) from None

    return decode


_decode_date: Callable[[Any], PartialDate | None] = _date_decoder(parse_date)
_decode_end: Callable[[Any], EndDate | None] = _date_decoder(parse_end)


def _decode_str(value: Any) -> str:
    if isinstance(value, str):
        return value
    if value is None:
        return ""
    raise TypeError(f"expected text, got {type(value).__name__}")


def _decode_str_list(value: Any) -> list[str]:
    if not isinstance(value, list):
        raise TypeError(f"expected a list, got {type(value).__name__}")
    for item in value:
        if not isinstance(item, str):
            raise TypeError(f"expected text, got {type(item).__name__}")
    return list(value)


def _decode_list(value: Any) -> list:
    if not isinstance(value, list):
        raise TypeError(f"expected a list, got {type(value).__name__}")
    return value


def _decode_link_list(value: Any) -> list[Link]:
    return [_decode_link(v) for v in _decode_list(value)]


def _decode_int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"expected a whole number, got {value!r:.40}")
    return value


def _decode_bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"expected true or false, got {value!r:.40}")
    return value


def _decode_dict(value: Any) -> dict:
    if not isinstance(value, dict):
        raise TypeError(f"expected an object, got {type(value).__name__}")
    return dict(value)


def _encode(value: Any) -> Any:
    if isinstance(value, PartialDate) or value is PRESENT:
        return value.iso()
    if isinstance(value, Link):
        return {"network": value.network, "username": value.username, "url": value.url}
    if isinstance(value, list):
        return [_encode(v) for v in value]
    if isinstance(value, dict):
        return {k: _encode(v) for k, v in value.items()}
    return value


def _decode(hint: Any, value: Any) -> Any:
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if hint is str:
        return _decode_str(value)
    if hint is bool:
        return _decode_bool(value)
    if hint is int:
        return _decode_int(value)
    if hint == PartialDate | None:
        return _decode_date(value)
    if hint == EndDate | None:
        return _decode_end(value)
    if origin is list:
        if not isinstance(value, list):
            raise TypeError(f"expected a list, got {type(value).__name__}")
        (item,) = args
        if item is Link:
            return [_decode_link(v) for v in value]
        return [_decode(item, v) for v in value]
    if origin is dict or hint is dict:
        return _decode_dict(value)
    if args and type(None) in args:
        (inner,) = [a for a in args if a is not type(None)]
        return None if value is None else _decode(inner, value)
    raise TypeError(f"cannot read a value of type {hint!r}")  # pragma: no cover - model bug


def _decode_link(value: Any) -> Link:
    if not isinstance(value, dict):
        raise TypeError("a link must be an object with network, username and url")
    return Link(
        network=_decode(str, value.get("network")),
        username=_decode(str, value.get("username")),
        url=_decode(str, value.get("url")),
    )


def _check_period(record: Record, start: PartialDate | None, end: Any) -> None:
    # An end known only to the year or month means the end of that period: 2019-05 – 2019 is fine.
    if start is not None and isinstance(end, PartialDate) and end.upper_key() < start.sort_key():
        raise RecordError(f"{record.KIND} ends ({end}) before it starts ({start})")
