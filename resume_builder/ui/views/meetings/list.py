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


def kind_labels() -> dict[str, str]:
    """The kinds of meeting in the order pickers offer them, with their translated names."""
    labels = {
        "career_conversation": QCoreApplication.translate("MeetingsView", "Career conversation"),
        "one_to_one": QCoreApplication.translate("MeetingsView", "One-to-one"),
        "recruiter": QCoreApplication.translate("MeetingsView", "Recruiter"),
        "interview": QCoreApplication.translate("MeetingsView", "Interview"),
        "networking": QCoreApplication.translate("MeetingsView", "Networking"),
        "reference_check": QCoreApplication.translate("MeetingsView", "Reference check"),
        "performance_review": QCoreApplication.translate("MeetingsView", "Performance review"),
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
            QCoreApplication.translate("MeetingsView", "When"),
            when_text,
            sort_key=lambda m: f"{date_sort_text(m.date)} {m.time}",
        ),
        Column(QCoreApplication.translate("MeetingsView", "Kind"), lambda m: kind_label(m.kind)),
        Column(QCoreApplication.translate("MeetingsView", "Title"), lambda m: m.title),
        Column(QCoreApplication.translate("MeetingsView", "People"), people),
        Column(
            QCoreApplication.translate("MeetingsView", "To do"),
            lambda m: str(open_actions(m) or ""),
            sort_key=open_actions,
            align_right=True,
        ),
    ]


def page_texts(delete_command: Callable[[int], str]) -> PageTexts:
    """The words of the meetings page; `delete_command` is the view's plural tr() call."""
    return PageTexts(
        plural=QCoreApplication.translate("MeetingsView", "meetings"),
        add_command=QCoreApplication.translate("MeetingsView", "Add Meeting"),
        delete_command=delete_command,
        empty=QCoreApplication.translate(
            "MeetingsView",
            "No meetings yet. Log each conversation that matters to your career: the talk "
            "with your manager, recruiter calls, interviews. What was said and agreed stays "
            "here, with its actions and their due dates.",
        ),
        select_hint=QCoreApplication.translate(
            "MeetingsView", "Select a meeting to see and edit it."
        ),
    )
