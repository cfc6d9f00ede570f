"""The conversations part of our JSON export: records as stored, defaults left out."""

from resume_builder.domain.models import ActionItem, Person, now_iso
from resume_builder.export.json_conversations import record_detail


def test_a_record_made_this_very_second_keeps_its_stamps():
    # "created" defaults to the time now: a record made in the same second as the export must
    # still carry it, or an import stamps it afresh and the round trip loses the true time.
    stamp = now_iso()
    person = Person(name="Karin Holmberg", created=stamp, updated=stamp)
    detail = record_detail(person)
    assert detail["created"] == stamp and detail["updated"] == stamp


def test_fields_at_their_constant_default_are_left_out():
    item = ActionItem(
        meeting_id="m1", text="Present the NIS2 status", created="2026-01-05T10:00:00+00:00"
    )
    detail = record_detail(item)
    assert detail["text"] == "Present the NIS2 status" and detail["meeting_id"] == "m1"
    assert "done" not in detail and "proof_ids" not in detail and "due" not in detail
    assert detail["created"] == "2026-01-05T10:00:00+00:00"
