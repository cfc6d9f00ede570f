"""The career record as plain dataclasses: profile, roles, accomplishments, skills and more.

The records live in `record` (the base and its field codec), `career` (everything a résumé is
made of) and `target` (job postings applied for); this module names them all in one place, with
the list of stored kinds and the orderings documents use.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from resume_builder.domain.career import (
    IMPACT_DEFAULT,
    IMPACT_MAX,
    IMPACT_MIN,
    Accomplishment,
    Award,
    Certification,
    Education,
    Interest,
    Language,
    Profile,
    Project,
    Publication,
    Role,
    Skill,
    Volunteer,
    find_skill,
    skill_name_key,
)
from resume_builder.domain.dates import EndDate, PartialDate, format_date
from resume_builder.domain.job_search import (
    DEADLINE_KINDS,
    MEASURES,
    PRIORITIES,
    CareerPlan,
    Milestone,
    Organisation,
)
from resume_builder.domain.people import (
    CAREER_CONVERSATION,
    MEETING_KINDS,
    RELATIONSHIPS,
    ActionItem,
    Meeting,
    Person,
)
from resume_builder.domain.photo import Photo
from resume_builder.domain.record import Link, Record, RecordError, new_id, now_iso
from resume_builder.domain.target import (
    APPLICATION_KINDS,
    CLOSED_STATUSES,
    STATUSES,
    TARGET_EXPORT_KINDS,
    StatusChange,
    Target,
    TargetExport,
)

__all__ = [
    "APPLICATION_KINDS",
    "CLOSED_STATUSES",
    "DEADLINE_KINDS",
    "MEASURES",
    "PRIORITIES",
    "STATUSES",
    "CareerPlan",
    "Milestone",
    "Organisation",
    "StatusChange",
    "CAREER_CONVERSATION",
    "MEETING_KINDS",
    "RELATIONSHIPS",
    "ActionItem",
    "Meeting",
    "Person",
    "Photo",
    "IMPACT_DEFAULT",
    "IMPACT_MAX",
    "IMPACT_MIN",
    "RECORD_TYPES",
    "RECORD_TYPE_BY_KIND",
    "TARGET_EXPORT_KINDS",
    "Accomplishment",
    "Award",
    "Certification",
    "Education",
    "Interest",
    "Language",
    "Link",
    "Profile",
    "Project",
    "Publication",
    "Record",
    "RecordError",
    "Role",
    "Skill",
    "Target",
    "TargetExport",
    "Volunteer",
    "find_skill",
    "format_period",
    "new_id",
    "newest_first",
    "now_iso",
    "skill_name_key",
    "sort_key_newest_first",
]

RECORD_TYPES: tuple[type[Record], ...] = (
    Profile,
    Role,
    Accomplishment,
    Skill,
    Education,
    Certification,
    Award,
    Publication,
    Language,
    Interest,
    Project,
    Volunteer,
    Target,
    Person,
    Meeting,
    ActionItem,
    Organisation,
    CareerPlan,
    Milestone,
    Photo,
)
RECORD_TYPE_BY_KIND: dict[str, type[Record]] = {t.KIND: t for t in RECORD_TYPES}


def format_period(start: PartialDate | None, end: EndDate | None) -> str:
    """The period as text like "2019-05 – present"; empty when nothing is known."""
    left, right = format_date(start), format_date(end)
    if left and right:
        return f"{left} – {right}"
    return left or right


def newest_first(records: Iterable[Any]) -> list[Any]:
    """Records ordered newest first (by end, then start or date), as résumés list them."""
    return sorted(records, key=sort_key_newest_first)


def sort_key_newest_first(record: Any) -> tuple:
    """Orders records newest first by end, then start, then date, for reverse-chronology."""
    end = getattr(record, "end", None)
    start = getattr(record, "start", None) or getattr(record, "date", None)
    end_key = end.sort_key() if end is not None else (start.sort_key() if start else (0, 0, 0))
    start_key = start.sort_key() if start else (0, 0, 0)
    return tuple(-x for x in end_key) + tuple(-x for x in start_key)
