"""The database file: TinyDB's tables plus integrity data, and the migrations between versions.

A file is one JSON object: {"meta": {...}, "data": {table: {doc_id: document}}}. The meta part
carries the schema version, a save counter, the record count of every table and a SHA-256
checksum of the data part, so that a truncated, zeroed or hand-damaged file is recognised on
open instead of being read as an empty or partial database.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

FORMAT_NAME = "resume-builder"
SCHEMA_VERSION = 4

Data = dict[str, dict[str, dict[str, Any]]]
Migration = Callable[[Data], Data]


class IntegrityError(ValueError):
    """The bytes are not a sound database file; the message says what is wrong."""


@dataclass(frozen=True)
class Meta:
    """What a database file says about itself."""

    schema_version: int
    save_counter: int
    saved_at: str
    app_version: str
    counts: dict[str, int]
    checksum: str


def dump_data(data: Data) -> str:
    """The canonical text of the data part, the one the checksum is computed over."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def checksum_of(text: str) -> str:
    """The checksum stored in the meta part."""
    return _checksum_of_bytes(text.encode("utf-8"))


#: below this size the interpreter's own SHA-256 is quicker than loading OpenSSL's
_SMALL_DATA = 512 * 1024


def _checksum_of_bytes(data_bytes: bytes) -> str:
    # Imported here: loading OpenSSL (hashlib) costs the window's start-up about 3 ms, more
    # than the built-in SHA-256 takes over a small career; a big one is quicker with OpenSSL.
    sha256 = None
    if len(data_bytes) < _SMALL_DATA:
        with contextlib.suppress(ImportError):  # a Python built without it has hashlib's
            from _sha256 import sha256
    if sha256 is None:
        from hashlib import sha256
    return "sha256:" + sha256(data_bytes).hexdigest()


#: what `encode` writes between the meta part and the data part, and after the data part
_DATA_OPENING = b',\n"data":'
_CLOSING = b"}\n"


def _written_data_bytes(raw: bytes) -> bytes | None:
    """The data part exactly as `encode` wrote it (the checksummed text), or None.

    A file written by `encode` holds the canonical data text verbatim, so its checksum can be
    checked on the bytes as they are; a file laid out otherwise (reformatted by hand, say)
    gives None, and is checked by writing its data in the canonical form again.
    """
    start = raw.find(_DATA_OPENING)
    if start < 0 or not raw.endswith(_CLOSING):
        return None
    return raw[start + len(_DATA_OPENING) : -len(_CLOSING)]


def encode(
    data: Data, *, schema_version: int, save_counter: int, saved_at: str, app_version: str
) -> bytes:
    """The bytes of a database file holding `data`."""
    data_text = dump_data(data)
    meta = {
        "format": FORMAT_NAME,
        "schema_version": schema_version,
        "save_counter": save_counter,
        "saved_at": saved_at,
        "app_version": app_version,
        "counts": {table: len(docs) for table, docs in data.items()},
        "checksum": checksum_of(data_text),
    }
    meta_text = json.dumps(meta, ensure_ascii=False, separators=(",", ":"))
    return f'{{"meta":{meta_text},\n"data":{data_text}}}\n'.encode()


def decode(raw: bytes) -> tuple[Meta, Data]:
    """Reads and checks a database file.

    Raises:
        IntegrityError: the file is empty, zero-filled, not JSON, not ours, or its counts or
            checksum do not match its content.

    """
    if not raw:
        raise IntegrityError("the file is empty (0 bytes)")
    if not raw.strip(b"\x00 \t\r\n"):
        raise IntegrityError(f"the file holds only zero bytes or blanks ({len(raw)} bytes)")
    try:
        document = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise IntegrityError(f"the file is not UTF-8 text (byte {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise IntegrityError(
            f"the file is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None
    if not isinstance(document, dict) or not isinstance(document.get("meta"), dict):
        raise IntegrityError("the file is not a Resume Builder database (no integrity header)")
    meta_raw, data = document["meta"], document.get("data")
    if meta_raw.get("format") != FORMAT_NAME:
        raise IntegrityError("the file is not a Resume Builder database (unknown format)")
    if not isinstance(data, dict) or not all(isinstance(t, dict) for t in data.values()):
        raise IntegrityError("the data part is missing or malformed")
    try:
        meta = Meta(
            schema_version=int(meta_raw["schema_version"]),
            save_counter=int(meta_raw["save_counter"]),
            saved_at=str(meta_raw.get("saved_at", "")),
            app_version=str(meta_raw.get("app_version", "")),
            counts={str(k): int(v) for k, v in dict(meta_raw["counts"]).items()},
            checksum=str(meta_raw["checksum"]),
        )
    except (KeyError, TypeError, ValueError):
        raise IntegrityError("the integrity header is incomplete") from None
    actual_counts = {table: len(docs) for table, docs in data.items()}
    if actual_counts != meta.counts:
        raise IntegrityError(
            f"the record counts do not match (header {meta.counts}, found {actual_counts})"
        )
    written = _written_data_bytes(raw)
    # Checking the bytes as written spares dumping the whole database again; whatever does
    # not match that way (another layout, or damage) is checked in the canonical form.
    if (written is None or _checksum_of_bytes(written) != meta.checksum) and checksum_of(
        dump_data(data)
    ) != meta.checksum:
        raise IntegrityError("the checksum does not match the content")
    return meta, data


def migrate(
    data: Data, from_version: int, to_version: int, migrations: dict[int, Migration]
) -> Data:
    """Applies the migrations from `from_version` up to `to_version`, in order."""
    for version in range(from_version, to_version):
        step = migrations.get(version)
        if step is None:
            raise IntegrityError(f"no migration from data format {version} to {version + 1}")
        data = step(data)
    return data


# --------------------------------------------------------------------------- migrations
# A migration reads and writes stored documents as they were at its version, never through
# the record classes of today, so that it keeps meaning the same when those change.

_EMAIL = re.compile(r"(?:mailto:)?([^@\s<>,;:]+@[^@\s<>,;:]+\.[^@\s<>,;:.]+)", re.IGNORECASE)
_PHONE = re.compile(r"(?:tel:)?(\+?[\d(][\d\s().\-/]*\d)", re.IGNORECASE)
_CONTACT_PARTS = re.compile(r"\s*(?:[,;|\n]|\s/\s)\s*")
#: the fields a version 1 "reference" document had
_REFERENCE_FIELDS = ("id", "extra", "name", "reference", "contact")


def split_contact(contact: str) -> tuple[str, str, str]:
    """An old reference's free-text contact as (e-mail, phone, notes).

    Only a contact that is wholly one e-mail address and/or one phone number is taken apart;
    anything else is kept word for word in the notes, as "Contact: ...".
    """
    contact = contact.strip()
    if not contact:
        return "", "", ""
    email = phone = ""
    for part in _CONTACT_PARTS.split(contact):
        if not part:
            continue
        mail = _EMAIL.fullmatch(part)
        number = _PHONE.fullmatch(part)
        if mail and not email:
            email = mail.group(1)
        elif number and not phone and sum(c.isdigit() for c in part) >= 6:
            phone = number.group(1)
        else:
            return "", "", f"Contact: {contact}"
    return email, phone, ""


def _text_field(document: dict[str, Any], name: str, extra: dict[str, Any]) -> str:
    """The text of a field; a value that is no text is kept in `extra` under its own name."""
    value = document.get(name)
    if value is None or isinstance(value, str):
        return value or ""
    extra[name] = value
    return ""


def _person_from_reference(document: dict[str, Any], stamp: str) -> dict[str, Any]:
    extra = document.get("extra", {})
    extra = dict(extra) if isinstance(extra, dict) else {"extra": extra}
    # Keys a reference had no field for go where a record keeps what it cannot place.
    extra.update({k: v for k, v in document.items() if k not in _REFERENCE_FIELDS})
    name = _text_field(document, "name", extra)
    quote = _text_field(document, "reference", extra)
    email, phone, notes = split_contact(_text_field(document, "contact", extra))
    record_id = document.get("id")
    if not isinstance(record_id, str) or not record_id:
        from resume_builder.domain.record import new_id

        if record_id not in (None, ""):
            extra["id"] = record_id
        record_id = new_id()
    return {
        "id": record_id,
        "extra": extra,
        "name": name,
        "relationship": "reference",
        "organisation": "",
        "title": "",
        "email": email,
        "phone": phone,
        "linkedin": "",
        "notes": notes,
        "is_reference": True,
        "reference_for": "",
        "reference_quote": quote,
        "last_contact": None,
        "created": stamp,
        "updated": stamp,
    }


def references_become_people(data: Data) -> Data:
    """Version 1 -> 2: every "reference" becomes a "person" marked as a reference.

    The person keeps the reference's id and name; its text becomes the quote, and its contact
    the e-mail or phone when it is plainly one, else a line of the notes. The people follow
    any already stored, in the order the references had.
    """
    data = dict(data)
    references = data.pop("reference", {}) or {}
    if not references:
        return data
    people = dict(data.get("person", {}))
    next_id = max((int(k) for k in people if str(k).isdigit()), default=0) + 1
    stamp = datetime.now(UTC).replace(microsecond=0).isoformat()
    for document in references.values():
        document = document if isinstance(document, dict) else {"value": document}
        people[str(next_id)] = _person_from_reference(document, stamp)
        next_id += 1
    data["person"] = people
    return data


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _first_day(*stamps: Any) -> str:
    """The earliest "YYYY-MM-DD" that starts one of the timestamps; "" when none does."""
    days = [s[:10] for s in stamps if isinstance(s, str) and _ISO_DAY.match(s[:10])]
    return min(days, default="")


def _as_application(document: dict[str, Any], today: str) -> dict[str, Any]:
    document = dict(document)
    if "status" in document and "history" in document:
        return document  # already of the new shape (written by a newer build, say)
    exports = document.get("exports")
    sent = (
        [e.get("when") for e in exports if isinstance(e, dict)] if isinstance(exports, list) else []
    )
    # A target something was exported for was, as far as the app can tell, applied to then.
    status, on = ("applied", _first_day(*sent)) if _first_day(*sent) else ("interested", "")
    on = on or _first_day(document.get("created")) or today
    document.setdefault("status", status)
    document.setdefault("kind", "external")
    document.setdefault("history", [{"status": document["status"], "on": on, "note": ""}])
    document.setdefault("organisation_id", None)
    document.setdefault("contact_ids", [])
    document.setdefault("next_step", "")
    document.setdefault("next_step_date", None)
    document.setdefault("salary", "")
    return document


def targets_become_applications(data: Data) -> Data:
    """Version 2 -> 3: every target gets an application's status and its history.

    A target with an export on record moves to "applied" on the day of its first export;
    any other is "interested" since it was created. Nothing else of it changes.
    """
    data = dict(data)
    targets = data.get("target") or {}
    if not targets:
        return data
    today = datetime.now(UTC).date().isoformat()
    data["target"] = {
        key: _as_application(doc, today) if isinstance(doc, dict) else doc
        for key, doc in targets.items()
    }
    return data


_PARTIAL_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
#: the tables of records whose highlights were plain text up to version 3
_HIGHLIGHT_OWNERS = ("project", "volunteer")


def _highlight_date(document: dict[str, Any]) -> str | None:
    """The day a highlight is dated by: its record's end, else its start (an open end is no
    day); None when neither is a date.
    """
    for key in ("end", "start"):
        value = document.get(key)
        if isinstance(value, str) and _PARTIAL_DATE.fullmatch(value):
            return value
    return None


def highlights_become_accomplishments(data: Data) -> Data:
    """Version 3 -> 4: every project's and volunteering record's highlight becomes an
    accomplishment of that record.

    The text is the headline; the date the record's end, else its start; the impact the
    default; everything else empty. A highlight already told by an accomplishment of the same
    record (the same words, ignoring case and spacing at the ends) makes none twice; a blank
    one says nothing and goes. The record keeps no highlights field; a value that was no list
    of texts (hand-edited, say) is kept in its `extra`, so nothing is lost.
    """
    from resume_builder.domain.record import new_id

    data = dict(data)
    accomplishments = dict(data.get("accomplishment") or {})
    told = {
        (doc.get("role_id"), doc["headline"].strip().casefold())
        for doc in accomplishments.values()
        if isinstance(doc, dict) and isinstance(doc.get("headline"), str)
    }
    next_id = max((int(k) for k in accomplishments if str(k).isdigit()), default=0) + 1
    stamp = datetime.now(UTC).replace(microsecond=0).isoformat()
    changed = False
    for table in _HIGHLIGHT_OWNERS:
        documents = data.get(table)
        if not documents:
            continue
        migrated: dict[str, Any] = {}
        for key, document in documents.items():
            if not isinstance(document, dict) or "highlights" not in document:
                migrated[key] = document
                continue
            document = dict(document)
            highlights = document.pop("highlights")
            owner = document.get("id")
            texts = isinstance(highlights, list) and all(isinstance(h, str) for h in highlights)
            if not texts or not isinstance(owner, str) or not owner:
                extra = document.get("extra")
                extra = dict(extra) if isinstance(extra, dict) else {"extra": extra}
                extra["highlights"] = highlights
                document["extra"] = extra
                migrated[key] = document
                continue
            for text in highlights:
                if not text.strip() or (owner, text.strip().casefold()) in told:
                    continue
                told.add((owner, text.strip().casefold()))
                accomplishments[str(next_id)] = {
                    "id": new_id(),
                    "extra": {},
                    "headline": text,
                    "situation": "",
                    "task": "",
                    "action": "",
                    "result": "",
                    "metrics": [],
                    "date": _highlight_date(document),
                    "role_id": owner,
                    "skill_ids": [],
                    "impact": 3,
                    "evidence": [],
                    "notes": "",
                    "created": stamp,
                    "updated": stamp,
                }
                next_id += 1
            migrated[key] = document
            changed = True
        data[table] = migrated
    if changed:
        data["accomplishment"] = accomplishments
    return data


# Each entry turns data of schema version N into version N + 1.
MIGRATIONS: dict[int, Migration] = {
    1: references_become_people,
    2: targets_become_applications,
    3: highlights_become_accomplishments,
}
