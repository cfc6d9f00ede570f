"""A CMD's story lines under a bullet read back as that accomplishment's parts."""

from __future__ import annotations

import docx

from resume_builder.domain.dates import PartialDate
from resume_builder.domain.models import Accomplishment, Role, Skill
from resume_builder.services.importing.resume_file import read_resume
from resume_builder.services.importing.resume_file.story import cmd_section, story_part


def test_story_labels_and_the_impact_line_are_known_in_each_document_language():
    assert story_part("Uppgift: Halvera larmen").part == "task"
    assert story_part("Resultat: 60 % färre larm").text == "60 % färre larm"
    assert story_part("Nov 2026 · Impact 3/5").part == "impact"
    assert story_part("mars 2024 · Genomslag 4/5").part == "impact"
    assert story_part("Tools: Python, Go") is None  # a résumé's own line stays the cutter's
    assert story_part("Led the rollout: 30 sites") is None
    assert cmd_section("KOMPETENSREGISTER") == "skills_index"
    assert cmd_section("Overview") == "overview" and cmd_section("Experience") is None


def test_a_swedish_story_under_a_bullet_fills_the_accomplishment_not_a_role(tmp_path):
    document = docx.Document()
    document.add_paragraph("Robin Ek", style="Title")
    document.add_heading("ERFARENHET", level=1)
    document.add_heading("IT-chef\tmars 2019 – nu", level=2)
    document.add_paragraph("Tallbo Logistik AB · Göteborg")
    document.add_paragraph("Halverade incidenterna på ett år", style="List Bullet")
    document.add_paragraph("mars 2024 · Genomslag 4/5")
    document.add_paragraph("Situation: 40 incidenter i månaden")
    document.add_paragraph("Åtgärd: Införde problemhantering")
    document.add_paragraph("Mätetal: 40 → 20 i månaden; 28 orter")
    document.add_paragraph("Kompetenser: ITIL, Ledarskap")
    document.add_paragraph("Belägg: https://example.com/a · https://example.com/b")
    document.add_paragraph("Flyttade 80 servrar till molnet", style="List Bullet")
    document.add_paragraph("Kompetenser: ITIL")
    path = tmp_path / "cmd.docx"
    document.save(path)

    cut = read_resume(path)
    (role,) = [r for r in cut.records if isinstance(r, Role)]
    first, second = [r for r in cut.records if isinstance(r, Accomplishment)]
    skills = {s.id: s.name for s in cut.records if isinstance(s, Skill)}
    assert (role.title, role.employer) == ("IT-chef", "Tallbo Logistik AB")
    assert first.role_id == second.role_id == role.id
    assert (first.impact, first.date) == (4, PartialDate(2024, 3))
    assert (first.situation, first.action) == (
        "40 incidenter i månaden",
        "Införde problemhantering",
    )
    assert first.metrics == ["40 → 20 i månaden", "28 orter"]
    assert first.evidence == ["https://example.com/a", "https://example.com/b"]
    assert [skills[s] for s in first.skill_ids] == ["ITIL", "Ledarskap"]
    assert second.skill_ids == first.skill_ids[:1]  # one skill record for one name
    assert len(skills) == 2 and cut.unplaced == []
