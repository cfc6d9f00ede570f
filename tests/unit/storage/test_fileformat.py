"""The file format's integrity check: on the bytes as written, and on any other layout."""

from __future__ import annotations

import json
import uuid

import pytest

from resume_builder.domain.record import new_id
from resume_builder.storage.fileformat import IntegrityError, decode, encode

DATA = {"skill": {"1": {"id": "a", "name": "Python — “quoted”", "aliases": ["py"]}}}


def _encoded(data=DATA) -> bytes:
    return encode(data, schema_version=1, save_counter=3, saved_at="now", app_version="0.1.0")


def test_a_file_as_written_opens():
    meta, data = decode(_encoded())
    assert data == DATA and meta.save_counter == 3


def test_a_file_laid_out_again_by_hand_still_opens():
    raw = json.dumps(json.loads(_encoded()), indent=2, ensure_ascii=True).encode()
    assert decode(raw)[1] == DATA


@pytest.mark.parametrize(
    "damage",
    [
        lambda raw: raw.replace(b"Python", b"Pithon"),
        lambda raw: raw.replace(b'"py"', b'"px"'),
        # the same data in another order is no longer what was checksummed either way
        lambda raw: raw.replace(b'"name":"Python', b'"name" :"Python'),
    ],
)
def test_changed_data_is_refused(damage):
    raw = _encoded()
    changed = damage(raw)
    assert changed != raw
    if changed.replace(b" :", b":") == raw:
        assert decode(changed)[1] == DATA  # only spacing changed: the data is the same
    else:
        with pytest.raises(IntegrityError, match="checksum"):
            decode(changed)


def test_a_big_file_is_checked_too():
    data = {"skill": {str(i): {"id": str(i), "name": "x" * 200} for i in range(5000)}}
    raw = _encoded(data)
    assert decode(raw)[1] == data
    with pytest.raises(IntegrityError, match="checksum"):
        decode(raw.replace(b'"name":"xx', b'"name":"xy', 1))


def test_record_ids_are_version_4_uuids():
    ids = {new_id() for _ in range(200)}
    assert len(ids) == 200
    for record_id in ids:
        parsed = uuid.UUID(hex=record_id)
        assert parsed.version == 4 and parsed.variant == uuid.RFC_4122
        assert parsed.hex == record_id
