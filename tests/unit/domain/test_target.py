"""Target and TargetExport: stored form, refusal of bad data, labels, and a trip through storage."""

import pytest

from resume_builder.domain.models import RECORD_TYPE_BY_KIND, RecordError, Target, TargetExport
from resume_builder.storage.repository import Repository


def _full_target() -> Target:
    return Target(
        name="Borealis ops",
        company="Borealis Retail Group",
        title="Head of IT Operations",
        posting="Head of IT Operations\n\nMust have\n- ITIL 4",
        link="https://example.com/jobs/1",
        location="Stockholm",
        notes="Recruiter: Elin",
        archived=True,
        removed_terms=["site", "Major  Incidents"],
        added_terms=["k8s", "ServiceNow"],
        must_have={"itil": True, "microsoft azure": False},
        selected_ids=["b", "a", "c"],
        rewordings={"a": "Cut P1 incidents by 73% in one year"},
        headline="Head of IT Operations",
        summary="Runs calm, measured IT operations.",
        hidden_role_ids=["old-role"],
        page_target=1,
        letter="Dear Elin,",
        exports=[
            TargetExport(
                when="2026-01-02T10:00:00+00:00",
                kind="resume",
                format="pdf",
                template="classic",
                language="en",
                file="/tmp/cv.pdf",
                pages=2,
            ),
            TargetExport(when="2026-01-03T09:30:00+00:00", kind="letter", format="docx"),
        ],
        created="2026-01-01T08:00:00+00:00",
        updated="2026-01-03T09:30:00+00:00",
    )


# ----------------------------------------------------------------------------- round trips
def test_a_full_target_round_trips_through_dicts():
    target = _full_target()
    data = target.to_dict()
    assert data["exports"][0] == {
        "when": "2026-01-02T10:00:00+00:00",
        "kind": "resume",
        "format": "pdf",
        "template": "classic",
        "language": "en",
        "file": "/tmp/cv.pdf",
        "pages": 2,
    }
    assert data["exports"][1]["pages"] is None
    assert data["must_have"] == {"itil": True, "microsoft azure": False}
    again = Target.from_dict(data)
    assert again == target
    assert [type(e) for e in again.exports] == [TargetExport, TargetExport]
    assert again.exports[1].kind == "letter" and again.exports[1].format == "docx"
    assert again.rewordings == {"a": "Cut P1 incidents by 73% in one year"}


def test_no_choice_and_an_empty_choice_stay_different():
    undecided = Target.from_dict(Target(selected_ids=None).to_dict())
    nothing = Target.from_dict(Target(selected_ids=[]).to_dict())
    assert undecided.selected_ids is None
    assert nothing.selected_ids == []
    assert Target().to_dict()["selected_ids"] is None
    assert Target(selected_ids=[]).to_dict()["selected_ids"] == []


def test_a_target_without_exports_key_reads_as_no_exports():
    target = Target.from_dict({"id": "t1", "name": "Acme"})
    assert target.exports == [] and target.name == "Acme" and target.page_target == 2


def test_unknown_target_fields_are_kept_in_extra():
    target = Target.from_dict({"id": "t1", "x-salary": "SEK 95k", "exports": []})
    assert target.extra == {"x-salary": "SEK 95k"}
    assert Target.from_dict(target.to_dict()).extra == {"x-salary": "SEK 95k"}


def test_an_export_entry_keeps_what_it_has_and_no_pages_is_none():
    entry = TargetExport.from_dict({"kind": "letter", "format": "docx", "file": "l.docx"})
    assert (entry.kind, entry.format, entry.file, entry.pages) == ("letter", "docx", "l.docx", None)


def test_target_is_a_stored_record_type():
    assert RECORD_TYPE_BY_KIND["target"] is Target


# ----------------------------------------------------------------------------- bad data
@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"exports": {"kind": "resume"}}, "target field “exports”: expected a list"),
        ({"exports": None}, "target field “exports”: expected a list"),
        ({"exports": ["resume.pdf"]}, "an export entry must be an object"),
        ({"exports": [{"pages": "2"}]}, "an export entry's pages must be a whole number"),
        ({"exports": [{"pages": True}]}, "an export entry's pages must be a whole number"),
        ({"exports": [{"pages": 1.5}]}, "an export entry's pages must be a whole number"),
        ({"exports": [{"format": 3}]}, "an export entry's format must be text"),
        ({"exports": [{"file": ["a"]}]}, "an export entry's file must be text"),
        ({"name": 5}, "target field “name”: expected text, got int"),
        ({"posting": ["line"]}, "target field “posting”: expected text, got list"),
        ({"page_target": 0}, "page target 0 is not between 1 and 20"),
        ({"page_target": 21}, "page target 21 is not between 1 and 20"),
        ({"page_target": "2"}, "target field “page_target”: expected a whole number"),
        ({"page_target": True}, "target field “page_target”: expected a whole number"),
        ({"selected_ids": "abc"}, "target field “selected_ids”: expected a list"),
        ({"selected_ids": [1, 2]}, "target field “selected_ids”: expected text"),
        ({"must_have": ["itil"]}, "target field “must_have”: expected an object"),
        ({"rewordings": "x"}, "target field “rewordings”: expected an object"),
        ({"archived": "yes"}, "target field “archived”: expected true or false"),
        ({"added_terms": "k8s"}, "target field “added_terms”: expected a list"),
    ],
)
def test_bad_stored_targets_are_refused_with_the_field_named(data, message):
    with pytest.raises(RecordError) as caught:
        Target.from_dict({"id": "t1", **data})
    assert message in str(caught.value)


def test_a_bad_export_entry_alone_is_refused():
    with pytest.raises(RecordError, match="an export entry must be an object"):
        TargetExport.from_dict(["resume"])
    with pytest.raises(RecordError, match="an export entry's when must be text"):
        TargetExport.from_dict({"when": 20260101})


def test_page_target_none_means_no_target_and_the_edges_are_allowed():
    assert Target.from_dict({"page_target": None}).page_target is None
    assert Target.from_dict({"page_target": 1}).page_target == 1
    assert Target.from_dict({"page_target": 20}).page_target == 20


def test_a_rewording_that_is_not_text_is_refused():
    with pytest.raises(RecordError, match="rewordings"):
        Target.from_dict({"rewordings": {"a": 5}})


def test_a_must_have_mark_that_is_not_true_or_false_is_refused():
    with pytest.raises(RecordError, match="must_have"):
        Target.from_dict({"must_have": {"itil": "no"}})


# ----------------------------------------------------------------------------- labels
@pytest.mark.parametrize(
    ("target", "label"),
    [
        (Target(name="  Borealis ops  ", title="Head of IT", company="Borealis"), "Borealis ops"),
        (
            Target(title=" Head of IT Operations ", company="Borealis"),
            "Head of IT Operations — Borealis",
        ),
        (Target(name="   ", title="SRE Manager", company="Kvarn"), "SRE Manager — Kvarn"),
        (Target(title="SRE Manager"), "SRE Manager"),
        (Target(company="Kvarn"), "Kvarn"),
        (Target(), "(untitled target)"),
        (Target(name=" ", title=" ", company=" "), "(untitled target)"),
    ],
)
def test_label(target, label):
    assert target.label() == label


# ----------------------------------------------------------------------------- storage
def test_a_target_survives_a_save_and_reopen(tmp_path):
    target = _full_target()
    plain = Target(title="SRE Manager", company="Kvarn", selected_ids=[])
    repo = Repository.open(tmp_path)
    try:
        repo.put(target)
        repo.put(plain)
        repo.save()
    finally:
        repo.close()

    again = Repository.open(tmp_path)
    try:
        stored = again.get(Target, target.id)
        assert stored == target
        assert stored.exports[0].pages == 2 and stored.exports[1].kind == "letter"
        assert stored.selected_ids == ["b", "a", "c"]
        assert again.get(Target, plain.id).selected_ids == []
        assert again.get(Target, plain.id).exports == []
        assert [t.id for t in again.all(Target)] == [target.id, plain.id]
        assert again.count(Target) == 2
    finally:
        again.close()


def test_a_repository_refuses_to_store_a_target_with_a_bad_page_target(tmp_path):
    with Repository.open(tmp_path) as repo:
        with pytest.raises(RecordError, match="between 1 and 20"):
            repo.put(Target(page_target=0))
        assert repo.count(Target) == 0


@pytest.mark.parametrize("day", ["2026-02-30", "2026-13-01", "2026-00-10"])
def test_a_status_change_on_a_day_that_does_not_exist_is_refused_when_read(day):
    from resume_builder.domain.models import StatusChange

    with pytest.raises(RecordError, match=day):
        StatusChange.from_dict({"status": "applied", "on": day, "note": ""})
