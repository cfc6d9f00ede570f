"""Posting files, tailoring reports and a target's chosen bullets (services.posting)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from resume_builder.domain.models import Accomplishment, Role, Target
from resume_builder.domain.snapshot import CareerSnapshot
from resume_builder.services.demo import demo_records
from resume_builder.services.posting import (
    ChosenBullet,
    PostingError,
    chosen_bullets,
    chosen_by_user,
    posting_text,
    read_posting_file,
    tailor_for_target,
    tailor_posting,
    with_unranked,
)
from resume_builder.services.tailoring import Suggestion

POSTING = (
    Path(__file__).parents[2] / "data" / "postings" / "01-head-of-it-operations.txt"
).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def snapshot():
    return CareerSnapshot.from_records(demo_records(date(2025, 6, 1)))


# ------------------------------------------------------------------ posting files


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (b"Head of IT\n", "Head of IT\n"),
        (b"\xef\xbb\xbfHead of IT", "Head of IT"),  # the byte order mark Notepad writes
        ("Chef för drift".encode(), "Chef för drift"),
    ],
)
def test_utf8_postings_are_read_with_or_without_bom(data, text):
    assert posting_text(data, "p.txt") == text


@pytest.mark.parametrize(
    ("data", "says"),
    [
        (b"\xff\xfeH\x00i\x00", "p.txt is not UTF-8 text"),  # UTF-16 from a word processor
        (b"Head\x00of IT", "p.txt is not text"),
        (b"", "p.txt is empty"),
        (b"\xef\xbb\xbf \n\t ", "p.txt is empty"),
    ],
)
def test_unusable_postings_are_refused_in_a_sentence(data, says):
    with pytest.raises(PostingError) as refused:
        posting_text(data, "p.txt")
    assert str(refused.value).startswith(says) and "\n" not in str(refused.value)


def test_reading_a_posting_file(tmp_path):
    path = tmp_path / "posting.txt"
    path.write_bytes(b"\xef\xbb\xbfMust have: Kubernetes")
    assert read_posting_file(path) == "Must have: Kubernetes"
    with pytest.raises(PostingError, match="there is no job posting file"):
        read_posting_file(tmp_path / "nope.txt")
    with pytest.raises(PostingError, match="cannot read"):
        read_posting_file(tmp_path)  # a folder


# ------------------------------------------------------------------ reports


def test_unmatched_accomplishments_follow_the_ranking_at_zero():
    first, second, third = (Accomplishment(headline=h) for h in ("one", "two", "three"))
    ranking = [Suggestion(second.id, "two", 3.5, ["Kubernetes"])]
    rows = with_unranked(ranking, [first, second, third])
    assert [r.accomplishment_id for r in rows] == [second.id, first.id, third.id]
    assert [r.score for r in rows] == [3.5, 0.0, 0.0] and rows[1].matched == []


def test_a_posting_report_covers_the_best_top(snapshot):
    report = tailor_posting(snapshot, POSTING, top=4)
    assert report.requirements and len(report.best) == 4
    assert report.total == len(snapshot.accomplishments) == len(report.ranking)
    assert len({s.accomplishment_id for s in report.ranking}) == report.total
    assert report.ranking[:4] == report.best and report.chosen is None
    wider = tailor_posting(snapshot, POSTING, top=20)
    assert wider.coverage.score >= report.coverage.score
    assert len(wider.coverage.covered) >= len(report.coverage.covered)


def test_a_target_report_covers_its_chosen_bullets(snapshot):
    picked = [a.id for a in snapshot.accomplishments[:2]]
    target = Target(name="Ops", posting=POSTING, selected_ids=picked)
    report = tailor_for_target(target, snapshot, top=3)
    assert report.chosen == picked and len(report.best) == 3
    assert len(report.ranking) == report.total == len(snapshot.accomplishments)
    untouched = tailor_for_target(Target(name="Ops", posting=POSTING), snapshot)
    assert report.coverage.score <= untouched.coverage.score  # two bullets cover less


def test_top_must_be_at_least_one(snapshot):
    with pytest.raises(ValueError):
        tailor_posting(snapshot, POSTING, top=0)
    with pytest.raises(ValueError):
        tailor_for_target(Target(name="Ops"), snapshot, top=0)


# ------------------------------------------------------------------ chosen bullets


def test_chosen_by_user_is_a_choice_even_when_empty():
    assert chosen_by_user(Target(selected_ids=[]))
    assert not chosen_by_user(Target())


def test_a_bullet_reads_as_its_rewording_else_the_master():
    role = Role(title="Head of IT", employer="Borealis")
    kept = Accomplishment(headline="Cut costs by 20%", role_id=role.id)
    reworded = Accomplishment(headline="Ran the migration")
    target = Target(rewordings={reworded.id: "  Led the cloud migration  ", kept.id: "   "})
    bullets = chosen_bullets(target, [reworded.id, "gone", kept.id], [kept, reworded], [role])
    assert bullets == [
        ChosenBullet(reworded.id, "Ran the migration", "Led the cloud migration", ""),
        ChosenBullet(kept.id, "Cut costs by 20%", "", role.label()),
    ]
    assert [b.text for b in bullets] == ["Led the cloud migration", "Cut costs by 20%"]
    assert [b.reworded for b in bullets] == [True, False]
