"""Bytes to a JSON Resume document: size, encoding, syntax, depth, and the values JSON lacks.

What cannot be read at all (too big, not UTF-8, not JSON, nested too deeply, no object at
the top, nothing in it) is refused with one sentence. What a person would still read the same
way is mended with a warning: NaN and Infinity (numbers JSON does not have) are dropped, and
half a UTF-16 pair becomes U+FFFD.
"""

from __future__ import annotations

import json
from typing import Any

from resume_builder.services.importing.plan import ImportFileError

MAX_BYTES = 20 * 1024 * 1024
MAX_DEPTH = 64
_MB = 1024 * 1024

#: what a JSON Resume is, for the sentence that refuses a file holding none of it
EXPECTED = (
    "a JSON Resume file is one JSON object with sections such as basics, work, education and skills"
)


class _NotANumber:
    """Stands in for NaN, Infinity or -Infinity until the tree walk drops it."""

    def __init__(self, spelled: str) -> None:
        self.spelled = spelled


def load_document(data: bytes, source_name: str, warnings: list[str]) -> dict[str, Any]:
    """The file's top-level object, after the checks that must come before or during parsing.

    Raises:
        ImportFileError: the file cannot be read as a JSON object; the message names it.

    """
    if len(data) > MAX_BYTES:
        raise ImportFileError(
            f"{source_name} is {_megabytes(len(data))} MB; the limit is {MAX_BYTES // _MB} MB"
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        hint = " (it looks like UTF-16)" if data[:2] in (b"\xff\xfe", b"\xfe\xff") else ""
        raise ImportFileError(
            f"{source_name} is not UTF-8 text{hint}: byte {exc.start} cannot be read; "
            "save it as UTF-8 and try again"
        ) from None
    if not text.strip():
        raise ImportFileError(f"{source_name} is empty; {EXPECTED}")
    try:
        document = json.loads(text, parse_constant=_NotANumber)
    except json.JSONDecodeError as exc:
        raise ImportFileError(
            f"{source_name} is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"
        ) from None
    except RecursionError:
        # The C parser gives up at the interpreter's recursion limit (about 1,000 levels).
        raise ImportFileError(
            f"{source_name} is nested too deeply (more than {MAX_DEPTH} levels)"
        ) from None
    except ValueError as exc:  # a number too long to convert
        raise ImportFileError(f"{source_name} is not valid JSON: {exc}") from None
    if not isinstance(document, dict):
        raise ImportFileError(
            f"{source_name} must hold a JSON object at the top, not {kind_of(document)}; {EXPECTED}"
        )
    _check_tree(document, source_name, warnings)
    return document


def _megabytes(size: int) -> str:
    return f"{size / _MB:.1f}".removesuffix(".0")


def _check_tree(document: dict[str, Any], source_name: str, warnings: list[str]) -> None:
    """Rejects nesting deeper than MAX_DEPTH, mends lone surrogates and drops NaN, without
    recursion.

    A JSON escape can spell half of a UTF-16 pair; such text cannot be saved as UTF-8 later,
    so each one becomes U+FFFD now.
    """
    stack: list[tuple[Any, int, str]] = [(document, 1, "")]
    while stack:
        node, depth, path = stack.pop()
        if depth > MAX_DEPTH:
            shown = path if len(path) <= 80 else path[:77] + "…"
            raise ImportFileError(
                f"{source_name} is nested too deeply (more than {MAX_DEPTH} levels) at {shown}"
            )
        if isinstance(node, dict):
            if any(not _is_clean(k) for k in node):
                mended = {_mend(k): v for k, v in node.items()}
                node.clear()
                node.update(mended)
            for key in [k for k, v in node.items() if isinstance(v, _NotANumber)]:
                place = f"{path}.{key}" if path else key
                warnings.append(_dropped(source_name, place, node.pop(key)))
            for key, value in node.items():
                if isinstance(value, str):
                    if not _is_clean(value):
                        node[key] = _mend(value)
                elif isinstance(value, dict | list):
                    stack.append((value, depth + 1, f"{path}.{key}" if path else key))
        elif isinstance(node, list):
            kept = []
            for index, value in enumerate(node):
                if isinstance(value, _NotANumber):
                    warnings.append(_dropped(source_name, f"{path}[{index}]", value))
                    continue
                kept.append(value)
            if len(kept) != len(node):
                node[:] = kept  # places of later items shift; warnings name the file's places
            for index, value in enumerate(node):
                if isinstance(value, str):
                    if not _is_clean(value):
                        node[index] = _mend(value)
                elif isinstance(value, dict | list):
                    stack.append((value, depth + 1, f"{path}[{index}]"))


def _dropped(source_name: str, place: str, value: _NotANumber) -> str:
    return f"{source_name}: {place}: {value.spelled} is not a number JSON allows; dropped"


def _is_clean(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _mend(text: str) -> str:
    return "".join("\ufffd" if 0xD800 <= ord(ch) <= 0xDFFF else ch for ch in text)


def kind_of(value: Any) -> str:
    """How a JSON value is named in messages."""
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return "text"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, _NotANumber):
        return value.spelled
    return "null"
