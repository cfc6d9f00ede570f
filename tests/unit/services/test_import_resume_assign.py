"""Placing a résumé's unplaced line by hand: it becomes an accomplishment of the chosen role."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from resume_builder.domain.models import Accomplishment, Profile, Role
from resume_builder.domain.snapshot import CareerSnapshot
from resume_builder.services.importing.files import plan_import, read_import
from resume_builder.services.importing.resume_file.assign import (
    assign_unplaced,
    assignable_roles,
)


def _resume(path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("Robin Ek", style="Title")
    document.add_paragraph("robin@example.com")
    document.add_heading("Experience", level=1)
    document.add_paragraph("IT Manager | Tallbo Logistik AB | March 2019 – present")
    document.add_paragraph("Halved the incidents in one year", style="List Bullet")
    document.add_heading("Interests", level=1)
    document.add_paragraph("Moved 80 servers to the cloud without an outage")
    document.save(path)
    return path


@pytest.fixture
def parsed(tmp_path):
    return read_import("resume", _resume(tmp_path / "cv.docx"))


def _added(plan, kind):
    return [i.record for i in plan.items if i.action == "add" and isinstance(i.record, kind)]


def test_the_reader_keeps_each_unplaced_line_whole_with_its_warning(parsed):
    plan = plan_import(parsed, CareerSnapshot(profile=Profile()))
    (line,) = plan.unplaced
    assert line.text == "Moved 80 servers to the cloud without an outage"
    assert line.where.startswith("page 1, line ")
    assert line.warning in plan.warnings


def test_an_unplaced_line_given_to_a_role_of_the_file_becomes_its_accomplishment(parsed):
    plan = plan_import(parsed, CareerSnapshot(profile=Profile()))
    (choice,) = assignable_roles(plan)
    (role,) = _added(plan, Role)
    assert (choice.role_id, choice.label, choice.from_file) == (role.id, role.label(), True)

    placed = assign_unplaced(plan, {0: role.id})
    bullets = {a.headline: a for a in _added(placed, Accomplishment)}
    moved = bullets["Moved 80 servers to the cloud without an outage"]
    assert moved.role_id == role.id and set(bullets) == {
        "Halved the incidents in one year",
        moved.headline,
    }
    assert plan.unplaced[0].warning not in placed.warnings
    assert placed.unplaced == plan.unplaced  # still listed, to choose again
    # the plan read from the file is left as it was: choices are made again from it
    assert len(_added(plan, Accomplishment)) == 1 and plan.unplaced[0].warning in plan.warnings


def test_a_skipped_line_stays_a_warning_and_adds_nothing(parsed):
    plan = plan_import(parsed, CareerSnapshot(profile=Profile()))
    skipped = assign_unplaced(plan, {0: None})
    assert len(_added(skipped, Accomplishment)) == 1
    assert skipped.warnings == plan.warnings


def test_a_line_can_go_to_a_stored_role_and_matches_a_bullet_it_already_has(parsed):
    stored = Role(title="Platform Lead", employer="Kodfabriken AB")
    already = Accomplishment(
        headline="moved 80 servers to the cloud without an outage", role_id=stored.id
    )
    existing = CareerSnapshot(profile=Profile(), roles=(stored,), accomplishments=(already,))
    plan = plan_import(parsed, existing)
    choices = assignable_roles(plan, existing)
    assert [c.from_file for c in choices] == [True, False]
    assert choices[1].role_id == stored.id

    placed = assign_unplaced(plan, {0: stored.id}, existing)
    item = placed.items[-1]
    assert item.action == "match" and item.existing_id == already.id
    assert item.record.role_id == stored.id
    assert placed.records_to_write() == plan.records_to_write()


def test_a_matched_role_of_the_file_takes_the_line_under_its_stored_id(parsed):
    first = plan_import(parsed, CareerSnapshot(profile=Profile()))
    (read,) = _added(first, Role)
    role = Role(title=read.title, employer=read.employer, start=read.start, end=read.end)
    existing = CareerSnapshot(profile=Profile(), roles=(role,))
    again = plan_import(parsed, existing)
    (choice,) = assignable_roles(again, existing)  # the file's role and the stored one are one
    assert choice.role_id == role.id and choice.from_file
    placed = assign_unplaced(again, {0: role.id}, existing)
    assert [a.role_id for a in _added(placed, Accomplishment)][-1] == role.id


def test_a_line_given_twice_to_one_role_is_added_once(parsed):
    plan = plan_import(parsed, CareerSnapshot(profile=Profile()))
    (role,) = _added(plan, Role)
    doubled = plan.unplaced[0]
    plan.unplaced.append(doubled)
    placed = assign_unplaced(plan, {0: role.id, 1: role.id})
    assert [i.action for i in placed.items[-2:]] == ["add", "skip"]


def test_an_unknown_line_or_role_is_refused(parsed):
    plan = plan_import(parsed, CareerSnapshot(profile=Profile()))
    with pytest.raises(ValueError, match="no unplaced line 3"):
        assign_unplaced(plan, {3: None})
    with pytest.raises(ValueError, match="not a role"):
        assign_unplaced(plan, {0: "nobody"})
