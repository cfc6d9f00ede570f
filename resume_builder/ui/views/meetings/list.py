"""The meetings list: its columns, the kinds' translated names, and the page's words."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from resume_builder.domain.dates import format_date
from resume_builder.domain.models import ActionItem, Meeting, Person
from resume_builder.domain.people import MEETING_KINDS
from resume_builder.services.planner import open_action_count, people_of
from resume_builder.ui.models.records import Column, date_sort_text
from resume_builder.ui.views.record_page import PageTexts

#: the column that names a meeting and takes the room
TITLE_COLUMN = 2


def _tr(text: str) -> str:
    return QCoreApplication.translate("MeetingsView", text)


def kind_labels() -> dict[str, str]:
    """The kinds of meeting in the order pickers offer them, with their translated names."""
    labels = {
        "career_conversation": _tr("Career conversation"),
        "one_to_one": _tr("One-to-one"),
        "recruiter": _tr("Recruiter"),
        "interview": _tr("Interview"),
        "networking": _tr("Networking"),
        "reference_check": _tr("Reference check"),
        "performance_review": _tr("Performance review"),
    }
    return {kind: labels.get(kind, kind) for kind in MEETING_KINDS}


def kind_label(kind: str) -> str:
    """A kind's translated name; a kind we do not know is shown as stored."""
    return kind_labels().get(kind, kind)


def when_text(meeting: Meeting) -> str:
    """The meeting's date and time as the list shows them ("2026-03-02 14:30")."""
    return " ".join(part for part in (format_date(meeting.date), meeting.time) if part)


def meeting_label(meeting: Meeting) -> str:
    """A meeting in a picker: "2026-03-02 — Career conversation: Title"."""
    title = meeting.title.strip() or kind_label(meeting.kind)
    when = when_text(meeting)
    return f"{when} — {title}" if when else title


def meeting_columns(store) -> list[Column]:
    """When, kind, title, people and open actions; the people and counts read the store."""

    def people(meeting: Meeting) -> str:
        return ", ".join(p.name or p.label() for p in people_of(meeting, store.records(Person)))

    def open_actions(meeting: Meeting) -> int:
        return open_action_count(meeting.id, store.records(ActionItem))

    return [
        Column(
            _tr("When"),
            when_text,
            sort_key=lambda m: f"{date_sort_text(m.date)} {m.time}",
        ),
        Column(_tr("Kind"), lambda m: kind_label(m.kind)),
        Column(_tr("Title"), lambda m: m.title),
        Column(_tr("People"), people),
        Column(
            _tr("To do"),
            lambda m: str(open_actions(m) or ""),
            sort_key=open_actions,
            align_right=True,
        ),
    ]


def page_texts(delete_command: Callable[[int], str]) -> PageTexts:
    """The words of the meetings page; `delete_command` is the view's plural tr() call."""
    return PageTexts(
        plural=_tr("meetings"),
        add_command=_tr("Add Meeting"),
        delete_command=delete_command,
        empty=_tr(
            "No meetings yet. Log each conversation that matters to your career: the talk "
            "with your manager, recruiter calls, interviews. What was said and agreed stays "
            "here, with its actions and their due dates."
        ),
        select_hint=_tr("Select a meeting to see and edit it."),
    )
