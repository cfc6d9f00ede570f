"""The brief for a meeting: the pitch, the people, the stories to tell and what to be ready for.

What goes into a brief (which accomplishments, which requirements and gaps) is decided in
services/briefs.py, which hands this builder a `BriefContent`; the builder only lays it out,
one or two printable pages, in the document's language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from resume_builder.domain.dates import PartialDate
from resume_builder.domain.models import (
    Accomplishment,
    ActionItem,
    Meeting,
    Person,
    Profile,
    Target,
)
from resume_builder.export.builders.common import label_paragraph
from resume_builder.export.document import (
    Block,
    Bullet,
    Contact,
    Document,
    DocumentMeta,
    Entry,
    Paragraph,
    Run,
    Section,
    Table,
    plain,
)
from resume_builder.export.locale import (
    conversation_word,
    format_date,
    format_full_date,
    has_conversation_word,
    heading,
)
from resume_builder.export.style import Style

_LIST_MARKER = re.compile(r"^\s*(?:[•*–-]|\d+[.)])\s+")


@dataclass(frozen=True)
class Story:
    """One accomplishment told as a STAR story, with the label of its role."""

    accomplishment: Accomplishment
    role: str = ""


@dataclass(frozen=True)
class EvidenceRow:
    """One requirement of the target and the headlines of the accomplishments that prove it."""

    requirement: str
    must_have: bool = False
    proofs: tuple[str, ...] = ()


@dataclass(frozen=True)
class ActionProgress:
    """One agreed action, where it stands, and its proving accomplishments of the period."""

    action: ActionItem
    status: str  # "done", "open" or "overdue"
    proofs: tuple[Accomplishment, ...] = ()


@dataclass(frozen=True)
class BriefContent:
    """Everything a brief shows, chosen by services.briefs."""

    profile: Profile
    headline: str = ""
    summary: str = ""
    meeting: Meeting | None = None
    people: tuple[Person, ...] = ()
    target: Target | None = None
    stories: tuple[Story, ...] = ()
    #: the stories are the talking points picked in the planner (a career conversation)
    talking_points: bool = False
    #: a target's requirements and their evidence; empty without a target
    evidence: tuple[EvidenceRow, ...] = ()
    gaps: tuple[str, ...] = ()
    #: a follow-up's review: the earlier meeting's actions, where they stand, their proof
    review: tuple[ActionProgress, ...] = ()
    language: str = "en"


def text_lines(text: str) -> list[str]:
    """The lines of a free-text field as list items, without the markers the user typed."""
    lines = (_LIST_MARKER.sub("", line).strip() for line in text.splitlines())
    return [line for line in lines if line]


def meeting_kind_label(kind: str, language: str) -> str:
    """A meeting kind in the document's language ("Career conversation", "Intervju")."""
    key = f"kind_{kind}"
    return conversation_word(key, language) if has_conversation_word(key) else kind


def relationship_label(relationship: str, language: str) -> str:
    """A relationship in the document's language; the user's own words stay as typed."""
    key = f"rel_{relationship}"
    return conversation_word(key, language) if has_conversation_word(key) else relationship


def day_text(value: PartialDate | None, language: str, style: Style) -> str:
    """A partial date as a document writes it: "3 March 2026", or "Mar 2026" when vague."""
    if value is None:
        return ""
    if value.month is not None and value.day is not None:
        return format_full_date(date(value.year, value.month, value.day), language)
    return format_date(value, language, style.date_format)


def story_blocks(story: Story, language: str, style: Style) -> list[Block]:
    """The story as an entry: the accomplishment's headline, its role and date below, then
    the STAR parts it has (an empty part is left out, nothing is made up).

    As an entry, a story is set apart from the one before it by the template's entry space;
    and its parts are chained to each other, so a story is never split over two pages.
    """
    item = story.accomplishment
    parts: list[Paragraph] = []
    for key, text in (
        ("situation", item.situation),
        ("task", item.task),
        ("action", item.action),
        ("result", item.result),
    ):
        if text.strip():
            parts.append(label_paragraph(heading(key, language), text.strip(), "small"))
    for part in parts[:-1]:
        part.keep_with_next = True
    # The metrics repeat the result in figures; a brief has no room to say it twice.
    # The role and the date share the line under the headline: a headline is a sentence, and
    # a date beside it would wrap onto a line of its own in a DOCX.
    facts = [story.role, format_date(item.date, language, style.date_format)]
    return [
        Entry(
            title=item.headline.strip() or "—",
            organisation=" · ".join(f for f in facts if f),
            children=list(parts),
            record_id=item.id,
        )
    ]


def item_bullet(item: Accomplishment, language: str, style: Style) -> Bullet:
    """An accomplishment's headline with its date, as a progress list shows it."""
    when = day_text(item.date, language, style)
    return Bullet([Run(item.headline)] + plain(f" ({when})" if when else ""))


def action_entry(
    progress: ActionProgress, language: str, style: Style, no_proof: str = "no_proof"
) -> Entry:
    """An agreed action: its text, then where it stands and when it is due, then its proof.

    The due date goes on the status line ("Open, due 18 October 2026"), not right of the
    text: an action's text is a sentence, and a date beside it would wrap in two. An overdue
    action says since when, in bold, so it does not read like an open one.
    """
    action = progress.action
    word = conversation_word
    due = day_text(action.due, language, style)
    if progress.status == "overdue" and due:
        status = [Run(word("overdue_since", language).format(date=due), bold=True)]
    elif progress.status == "overdue":
        status = [Run(word("overdue", language), bold=True)]
    else:
        text = word(progress.status, language)
        if progress.status == "done" and action.done_on is not None:
            text = f"{text} {day_text(action.done_on, language, style)}"
        if due:
            text = f"{text}, {word('due', language)} {due}"
        status = plain(text)
    children: list[Block] = [
        Paragraph(status, style="body" if progress.status == "overdue" else "muted")
    ]
    children.extend(item_bullet(item, language, style) for item in progress.proofs)
    if not progress.proofs:
        children.append(Paragraph(plain(word(no_proof, language)), style="muted"))
    return Entry(title=action.text.strip() or "—", children=children, record_id=action.id)


def _word(key: str, language: str) -> str:
    return conversation_word(key, language)


def _meeting_section(content: BriefContent, style: Style) -> Section | None:
    meeting, language = content.meeting, content.language
    if meeting is None and content.target is None:
        return None
    children: list[Block] = []
    if meeting is not None:
        when = day_text(meeting.date, language, style)
        if meeting.time:
            when = f"{when} {meeting.time}".strip()
        kind = meeting_kind_label(meeting.kind, language)
        children.append(
            Entry(
                title=meeting.title.strip() or kind,
                organisation=kind if meeting.title.strip() else "",
                dates=when,
                record_id=meeting.id,
            )
        )
    if content.target is not None and meeting is None:
        target = content.target
        children.append(
            Entry(
                title=target.title.strip() or target.label(),
                organisation=target.company.strip(),
                location=target.location.strip(),
                record_id=target.id,
            )
        )
    elif content.target is not None:
        target = content.target
        where = " — ".join(p for p in (target.title.strip(), target.company.strip()) if p)
        text = where if where and where != target.label() else target.label()
        if target.location.strip():
            text = f"{text} · {target.location.strip()}"
        children.append(label_paragraph(_word("target", language), text))
    if meeting is not None and meeting.agenda.strip():
        children.append(label_paragraph(_word("agenda", language), meeting.agenda.strip()))
    # A brief for a target alone is headed by the target, not by a meeting there is none of.
    title = _word("meeting" if meeting is not None else "target", language)
    return Section("meeting", title, children)


def _people_section(content: BriefContent) -> Section | None:
    language = content.language
    entries: list[Block] = []
    for person in content.people:
        children: list[Block] = []
        if person.notes.strip():
            children.append(Paragraph(plain(person.notes.strip())))
        if person.gives_reference and person.reference_for.strip():
            children.append(
                label_paragraph(
                    _word("reference_for", language), person.reference_for.strip(), "small"
                )
            )
        entries.append(
            Entry(
                title=person.name.strip() or "—",
                organisation=", ".join(
                    p for p in (person.title.strip(), person.organisation.strip()) if p
                ),
                dates=relationship_label(person.relationship, language),
                children=children,
                record_id=person.id,
            )
        )
    if not entries:
        return None
    return Section("people", _word("people_met", language), entries)


def _position_section(meeting: Meeting, language: str) -> Section | None:
    """A career conversation's opening: appreciation, intent, aim, the question; and an open
    conversation's agreement and its conditions.
    """
    children: list[Block] = [
        label_paragraph(_word(key, language), text.strip())
        for key, text in (
            ("appreciation", meeting.appreciation),
            ("intent", meeting.intent),
            ("aim_level", meeting.aim_level),
            ("my_question", meeting.question),
            ("agreed", meeting.agreed if meeting.open_conversation else ""),
            ("conditions", meeting.conditions if meeting.open_conversation else ""),
        )
        if text.strip()
    ]
    if not children:
        return None
    return Section("position", _word("position", language), children)


def _list_section(key: str, title: str, text: str) -> Section | None:
    lines = text_lines(text)
    if not lines:
        return None
    return Section(key, title, [Bullet(plain(line)) for line in lines])


def _notes_section(content: BriefContent) -> Section:
    """Space to write on during the meeting: a row for each label, as tall as the page allows."""
    language = content.language
    keys = ["what_i_heard"]
    meeting = content.meeting
    if meeting is not None and meeting.kind == "career_conversation":
        keys.append("asked_of_me")
    keys.append("next_steps")
    rows = [(_word(key, language), "") for key in keys]
    header = (_word("notes_topic", language), _word("notes_said", language))
    return Section("notes", _word("notes", language), [Table(header, rows, writing_space=True)])


def build_brief(content: BriefContent, style: Style) -> Document:
    """The brief for a meeting (or for a target alone) as a document tree.

    Sections, each only when it has content: the meeting (kind, date, target, agenda), the
    pitch, the people met, a career conversation's opening, the stories (or talking points),
    requirements against evidence, the gaps, questions to ask, practical notes, and ruled
    space for notes.
    """
    language = content.language
    profile = content.profile
    sections: list[Section] = []
    meeting_section = _meeting_section(content, style)
    if meeting_section is not None:
        sections.append(meeting_section)
    if content.summary.strip():
        sections.append(
            Section("pitch", _word("pitch", language), [Paragraph(plain(content.summary.strip()))])
        )
    people = _people_section(content)
    if people is not None:
        sections.append(people)
    meeting = content.meeting
    if meeting is not None and meeting.kind == "career_conversation":
        position = _position_section(meeting, language)
        if position is not None:
            sections.append(position)
    if content.review:
        sections.append(
            Section(
                "review",
                _word("review", language),
                [action_entry(a, language, style) for a in content.review],
            )
        )
    if content.stories:
        key = "talking_points" if content.talking_points else "stories"
        children: list[Block] = []
        for story in content.stories:
            children.extend(story_blocks(story, language, style))
        sections.append(Section(key, _word(key, language), children))
    if content.evidence:
        gap = _word("gap", language)
        must = _word("must_have", language)
        rows = [
            (
                f"{row.requirement} ({must})" if row.must_have else row.requirement,
                "\n".join(row.proofs) if row.proofs else f"— {gap}",
            )
            for row in content.evidence
        ]
        sections.append(
            Section(
                "requirements",
                _word("requirements_evidence", language),
                [Table((_word("requirement", language), _word("evidence", language)), rows)],
            )
        )
    if content.gaps:
        sections.append(
            Section("gaps", _word("gaps", language), [Bullet(plain(g)) for g in content.gaps])
        )
    if meeting is not None:
        for key, text in (("questions", meeting.questions), ("practical", meeting.practical)):
            section = _list_section(key, _word(key, language), text)
            if section is not None:
                sections.append(section)
    sections.append(_notes_section(content))

    title = _word("meeting_brief", language)
    about = (meeting.title.strip() if meeting else "") or (
        content.target.label() if content.target else ""
    )
    return Document(
        meta=DocumentMeta(
            title=" — ".join(p for p in (title, about) if p),
            author=profile.name,
            language=language,
            subject=about or title,
        ),
        contact=Contact(name=profile.name or title, headline=content.headline.strip()),
        sections=sections,
    )
