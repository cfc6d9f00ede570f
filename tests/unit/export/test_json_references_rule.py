"""Who gives a reference is one rule (Person.gives_reference): the CMD's References and JSON
Resume's `references` both name a person whose relationship is Reference, even unmarked.
"""

from __future__ import annotations

from resume_builder.domain.models import Person, Profile
from resume_builder.domain.snapshot import CareerSnapshot
from resume_builder.export.builders import build_career_document
from resume_builder.export.json_resume import to_json_resume
from resume_builder.export.render_text import render_plain_text
from resume_builder.export.style import Style

PEOPLE = (
    Person(name="Karin Berg", relationship="manager"),
    # set on the People page: the relationship Reference, the box left unticked
    Person(
        name="Ola Hansen",
        relationship="reference",
        is_reference=False,
        reference_quote="Ola's pick, every time.",
    ),
    # what she could vouch for, noted before asking her: not a reference yet
    Person(name="Eva Lind", relationship="mentor", reference_for="The Fjord platform"),
    Person(name="Maria Ekström", relationship="peer", is_reference=True),
)


def snapshot() -> CareerSnapshot:
    return CareerSnapshot(profile=Profile(name="Dana Lindqvist"), people=PEOPLE)


def test_the_cmd_references_name_a_person_related_as_a_reference():
    document = build_career_document(snapshot(), Style())
    (section,) = [s for s in document.sections if s.key == "references"]
    names = [block.runs[0].text for block in section.children]
    assert names == ["Ola Hansen", "Maria Ekström"]
    text = render_plain_text(document)
    assert "Ola's pick, every time." in text
    assert "Eva Lind" not in text and "Karin Berg" not in text


def test_json_resume_references_name_a_person_related_as_a_reference():
    for selected in (None, []):  # the full export and a tailored one
        document = to_json_resume(snapshot(), selected_ids=selected)
        assert [r["name"] for r in document["references"]] == ["Ola Hansen", "Maria Ekström"]
        assert document["references"][0]["reference"] == "Ola's pick, every time."
