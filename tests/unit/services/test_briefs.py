"""What goes into a meeting's brief: the pitch, the people, the stories, evidence and gaps."""

from __future__ import annotations

import pytest

from resume_builder.domain.dates import PartialDate as P
from resume_builder.domain.models import Meeting
from resume_builder.export.builders.common import rank_for_resume
from resume_builder.services import briefs
from resume_builder.services.targets import tailor_target
from tests.unit.services.conversation_career import TODAY, conversation_career


@pytest.fixture(scope="module")
def records():
    return conversation_career()


def _meeting(records, kind):
    return next(m for m in records.meetings if m.kind == kind)


def test_a_targets_best_matches_are_tailorings_ranking(records):
    target = records.targets[0]
    ranked = [
        s.accomplishment_id for s in tailor_target(target, records.career, today=TODAY).ranked
    ]
    best = briefs.best_matches(records, target, 3, today=TODAY)
    assert [a.id for a in best] == ranked[:3]
    assert "Cut priority-1 incidents" in " ".join(a.headline for a in best)


def test_without_a_target_the_best_matches_are_the_highest_impact_recent_ones(records):
    best = briefs.best_matches(records, None, 2, today=TODAY)
    expected = rank_for_resume(list(records.career.accomplishments), TODAY)[:2]
    assert [a.id for a in best] == [a.id for a in expected]
    # Impact 5 from 2026 before impact 5 from 2020.
    assert best[0].headline.startswith("Renegotiated the network outsourcing contract")


def test_a_career_conversations_stories_are_its_talking_points_in_order(records):
    meeting = _meeting(records, "career_conversation")
    content = briefs.brief_content(records, meeting=meeting, today=TODAY)
    assert content.talking_points
    assert [s.accomplishment.id for s in content.stories] == meeting.talking_point_ids
    assert [p.name for p in content.people] == ["Anna Berg"]
    assert content.stories[0].role == "Head of IT Operations, Halvard"
    assert content.target is None and not content.evidence
    assert content.summary.startswith("Runs reliable")


def test_an_interview_brings_its_target_its_evidence_and_its_gaps(records):
    meeting = _meeting(records, "interview")
    content = briefs.brief_content(records, meeting=meeting, today=TODAY)
    assert content.target is records.targets[0]
    # The deleted person the meeting still names is left out, nothing else.
    assert [p.name for p in content.people] == ["Sara Lind"]
    assert not content.talking_points
    assert len(content.stories) == briefs.STORIES_WITH_TARGET
    rows = {row.requirement: row for row in content.evidence}
    # The best proof of ITIL: tagged with it and impact 4 (the incidents mention it in words).
    assert rows["ITIL"].proofs == ("Led the yearly disaster-recovery test",)
    assert len(rows["ITIL"].proofs) <= briefs.PROOFS_PER_REQUIREMENT
    gaps = [row.requirement for row in content.evidence if not row.proofs]
    assert gaps and set(gaps) <= set(content.gaps)


def test_a_target_alone_gets_the_people_at_its_company(records):
    content = briefs.brief_content(records, target=records.targets[0], today=TODAY)
    assert content.meeting is None
    assert [p.name for p in content.people] == ["Sara Lind"]


def test_a_brief_needs_a_meeting_or_a_target(records):
    with pytest.raises(briefs.BriefError, match="meeting or a target"):
        briefs.brief_content(records)


def test_meetings_are_found_by_id_or_a_unique_start_of_it(records):
    meeting = records.meetings[0]
    assert briefs.find_meeting(records.meetings, meeting.id) is meeting
    assert briefs.find_meeting(records.meetings, meeting.id[:10]) is meeting
    with pytest.raises(briefs.BriefError, match="no meeting has the id “nope”"):
        briefs.find_meeting(records.meetings, "nope")
    # the rule of every command that names a record: a start of fewer than six never guesses
    with pytest.raises(briefs.BriefError, match="at least 6"):
        briefs.find_meeting(records.meetings, meeting.id[:3])


def test_a_brief_request_for_a_deleted_target_says_so(records):
    request = briefs.BriefRequest(target_id="gone", records=records)
    with pytest.raises(briefs.BriefError, match="deleted"):
        briefs.build_for_request(request)


def test_only_pdf_and_docx_are_offered():
    briefs.check_paper_format("docx")
    with pytest.raises(briefs.ExportError, match="choose one of: pdf, docx"):
        briefs.check_paper_format("md")


def test_a_follow_ups_brief_reviews_the_earlier_meetings_actions_with_their_proof(records):
    earlier = _meeting(records, "career_conversation")
    follow_up = Meeting(
        title="Follow-up with Anna",
        kind="career_conversation",
        date=P(2026, 12, 1),
        person_ids=list(earlier.person_ids),
        follows_id=earlier.id,
    )
    content = briefs.brief_content(records, meeting=follow_up, today=TODAY)
    review = [
        (a.action.text, a.status, [p.headline.split()[0] for p in a.proofs]) for a in content.review
    ]
    assert review == [
        ("Lead the vendor consolidation", "done", ["Renegotiated"]),
        ("Present the operations dashboard to the board", "overdue", []),
        ("Coach two team leads", "open", ["Coached"]),
    ]
    assert briefs.brief_content(records, meeting=earlier, today=TODAY).review == ()


def test_a_brief_too_long_for_two_pages_tells_fewer_stories_and_fits(records):
    from dataclasses import replace

    from resume_builder import paths
    from resume_builder.export.builders.brief import build_brief
    from resume_builder.export.catalog import load_catalog
    from resume_builder.services.documents import render

    style = load_catalog(paths.templates_dir()).require("classic")
    content = briefs.brief_content(records, meeting=_meeting(records, "interview"), today=TODAY)
    assert briefs.fit_brief(content, style) == content  # it fits already: nothing cut
    many = replace(content, stories=content.stories * 6)
    fitted = briefs.fit_brief(many, style)
    assert briefs.MIN_STORIES <= len(fitted.stories) < len(many.stories)
    assert fitted.stories == many.stories[: len(fitted.stories)]  # the first ones stay
    # Measured as tall as Word sets the lines, it fits; and so does the PDF itself.
    measure = replace(style, line_spacing=briefs.DOCX_LINE_HEIGHT)
    assert render(build_brief(fitted, measure), measure, "pdf", "A4")[1] <= briefs.BRIEF_PAGES
    assert render(build_brief(fitted, style), style, "pdf", "A4")[1] <= briefs.BRIEF_PAGES
