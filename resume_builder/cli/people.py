"""`people list|add` and `meeting list|show`: the people a career is talked over with."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from resume_builder.cli.common import CliError, open_for_writing, open_read_only
from resume_builder.cli.output import clip, print_json
from resume_builder.export.locale import with_count

#: how many characters of an id the listings show (enough to name a record in practice)
SHORT_ID = 8


def add_parser(commands, common: argparse.ArgumentParser) -> None:
    """`people ACTION …` and `meeting ACTION …`."""
    people = commands.add_parser(
        "people",
        parents=[common],
        help="the people your career is talked over with: list them, add one",
        description="Your manager, leaders who know your work, mentors, recruiters, "
        "references. `list` works while the app is open; `add` refuses while the app has the "
        "data folder open.",
    )
    actions = people.add_subparsers(dest="people_action", metavar="ACTION", required=True)
    listing = actions.add_parser(
        "list",
        parents=[common],
        help="everyone, the most recently contacted first",
        description="One line per person: id, name, relationship, organisation, the last "
        "contact (the later of the date set by hand and the newest meeting so far) and the "
        "days since it. The most recently contacted come first; those never contacted last.",
    )
    listing.add_argument("--json", action="store_true", help="print JSON for scripts")
    listing.set_defaults(handler=_cmd_people_list)

    add = actions.add_parser(
        "add",
        parents=[common],
        help="add a person",
        description="Add a person. The relationship is one of "
        + ", ".join(_relationships())
        + " (spaces for underscores are fine), or any words of your own.",
    )
    add.add_argument("--name", required=True, help="their name")
    add.add_argument("--relationship", default="", help="manager, mentor, recruiter… or your own")
    add.add_argument("--organisation", "--organization", default="", help="where they work")
    add.add_argument("--title", default="", help="their job title")
    add.add_argument("--email", default="", help="their e-mail address")
    add.add_argument("--phone", default="", help="their phone number")
    add.add_argument("--linkedin", default="", metavar="URL", help="their LinkedIn profile")
    add.add_argument(
        "--reference-for",
        default="",
        metavar="TEXT",
        help="what they would vouch for; marks them as a reference (so does the "
        "relationship reference)",
    )
    add.add_argument(
        "--agreed",
        action="store_true",
        help="they agreed to be a reference (a career plan counts references lined up)",
    )
    add.set_defaults(handler=_cmd_people_add)

    meeting = commands.add_parser(
        "meeting",
        parents=[common],
        help="the meetings you had or planned: list them, show one",
        description="Career conversations, one-to-ones, recruiter calls, interviews. Both "
        "commands work while the app is open.",
    )
    actions = meeting.add_subparsers(dest="meeting_action", metavar="ACTION", required=True)
    listing = actions.add_parser(
        "list",
        parents=[common],
        help="every meeting, the newest first",
        description="One line per meeting: id, date, time, kind, title, the people and how "
        "many of its action items are still open.",
    )
    listing.add_argument("--json", action="store_true", help="print JSON for scripts")
    listing.set_defaults(handler=_cmd_meeting_list)
    show = actions.add_parser(
        "show",
        parents=[common],
        help="everything about one meeting",
        description="A meeting's people, target, agenda, notes, feedback, the planner's steps "
        "when filled in, its action items (due, done, proof) and its follow-up.",
    )
    show.add_argument(
        "id", metavar="ID", help="the meeting's id, or at least its first 6 characters"
    )
    show.add_argument("--json", action="store_true", help="print JSON for scripts")
    show.set_defaults(handler=_cmd_meeting_show)


def _relationships() -> tuple[str, ...]:
    from resume_builder.domain.models import RELATIONSHIPS

    return RELATIONSHIPS


def _words(key: str) -> str:
    """A stored key ("senior_leader") as words; the user's own text as it is."""
    return key.replace("_", " ")


def _iso(value) -> str | None:
    return value.iso() if value is not None else None


# --------------------------------------------------------------------------- people
def _cmd_people_list(args: argparse.Namespace, data_dir: Path) -> int:
    from resume_builder.domain.models import Meeting, Person
    from resume_builder.services.conversations import people_by_last_contact

    repository = open_read_only(data_dir)
    contacts = people_by_last_contact(repository.all(Person), repository.all(Meeting), date.today())
    if args.json:
        print_json(
            [
                {
                    "id": c.person.id,
                    "name": c.person.name,
                    "relationship": c.person.relationship,
                    "organisation": c.person.organisation,
                    "title": c.person.title,
                    "email": c.person.email,
                    "phone": c.person.phone,
                    "linkedin": c.person.linkedin,
                    "notes": c.person.notes,
                    "is_reference": c.person.is_reference,
                    "gives_reference": c.person.gives_reference,
                    "reference_agreed": c.person.reference_agreed,
                    "reference_for": c.person.reference_for,
                    "reference_quote": c.person.reference_quote,
                    "last_contact_set": _iso(c.person.last_contact),
                    "last_contact": _iso(c.last_contact),
                    "days_since_contact": c.days_since,
                }
                for c in contacts
            ]
        )
        return 0
    if not contacts:
        print("No people yet; add one with `resume-builder people add --name NAME`.")
        return 0
    rows = [
        [
            c.person.id[:SHORT_ID],
            clip(c.person.name) or "(unnamed)",
            clip(_words(c.person.relationship), 20) or "-",
            clip(c.person.organisation, 24) or "-",
            _iso(c.last_contact) or "never",
            "-" if c.days_since is None else with_count(c.days_since, "day ago", "days ago"),
        ]
        for c in contacts
    ]
    _print_table(rows)
    return 0


def _cmd_people_add(args: argparse.Namespace, data_dir: Path) -> int:
    from resume_builder.domain.models import Person
    from resume_builder.services.conversations import relationship_from_text

    name = " ".join(args.name.split())
    if not name:
        raise CliError("give the person a name, for example --name 'Karin Berg'")
    relationship = relationship_from_text(args.relationship)
    reference_for = args.reference_for.strip()
    person = Person(
        name=name,
        relationship=relationship,
        organisation=args.organisation.strip(),
        title=args.title.strip(),
        email=args.email.strip(),
        phone=args.phone.strip(),
        linkedin=args.linkedin.strip(),
        is_reference=bool(reference_for),  # the option's meaning; the rule is gives_reference
        reference_for=reference_for,
        reference_agreed=args.agreed,
    )
    if person.reference_agreed and not person.gives_reference:
        raise CliError(
            "--agreed is for a reference: add --reference-for TEXT or --relationship reference"
        )
    with open_for_writing(data_dir, create=True) as repository:
        namesakes = [p for p in repository.all(Person) if p.name.casefold() == name.casefold()]
        repository.put(person)
    about = ", ".join(p for p in (_words(relationship), person.organisation) if p)
    print(f"Added {name}" + (f" ({about})" if about else "") + f", id {person.id[:SHORT_ID]}.")
    if person.gives_reference:
        print("Marked as a reference: your documents' References section names them.")
    if namesakes:
        print(f"Note: {with_count(len(namesakes), 'other person', 'other people')} "
              f"called {name} already; `resume-builder people list` shows everyone.")  # fmt: skip
    return 0


# --------------------------------------------------------------------------- meetings
def _cmd_meeting_list(args: argparse.Namespace, data_dir: Path) -> int:
    from resume_builder.domain.models import ActionItem, Meeting, Person
    from resume_builder.services.conversations import meetings_newest_first, open_items

    repository = open_read_only(data_dir)
    people = {p.id: p for p in repository.all(Person)}
    items = repository.all(ActionItem)
    meetings = meetings_newest_first(repository.all(Meeting))

    def names(meeting) -> list[str]:
        return [people[i].name for i in meeting.person_ids if i in people]

    if args.json:
        print_json(
            [
                {
                    "id": m.id,
                    "date": _iso(m.date),
                    "time": m.time,
                    "kind": m.kind,
                    "title": m.title,
                    "people": names(m),
                    "open_action_items": len(open_items(m.id, items)),
                    "follow_up": _iso(m.follow_up),
                }
                for m in meetings
            ]
        )
        return 0
    if not meetings:
        print("No meetings yet; the app's Meetings page keeps them.")
        return 0
    rows = []
    for m in meetings:
        count = len(open_items(m.id, items))
        rows.append(
            [
                m.id[:SHORT_ID],
                _iso(m.date) or "no date",
                m.time or "-",
                _words(m.kind) or "-",
                clip(m.title) or "(untitled)",
                clip(", ".join(names(m)), 40) or "-",
                with_count(count, "open item", "open items") if count else "no open items",
            ]
        )
    _print_table(rows)
    return 0


def _cmd_meeting_show(args: argparse.Namespace, data_dir: Path) -> int:
    from resume_builder.domain.models import Accomplishment, ActionItem, Meeting, Person, Target
    from resume_builder.services.conversations import (
        UnknownRecord,
        find_by_id,
        follow_ups_of,
        is_overdue,
        items_of_meeting,
    )

    repository = open_read_only(data_dir)
    meetings = repository.all(Meeting)
    try:
        meeting = find_by_id(meetings, args.id, "meeting")
    except UnknownRecord as exc:
        raise CliError(f"{exc}; `resume-builder meeting list` shows the meetings") from None
    people = {p.id: p for p in repository.all(Person)}
    proofs = {a.id: a for a in repository.all(Accomplishment)}
    target = repository.get(Target, meeting.target_id) if meeting.target_id else None
    items = items_of_meeting(meeting.id, repository.all(ActionItem))
    today = date.today()
    earlier = next((m for m in meetings if m.id == meeting.follows_id), None)
    later = follow_ups_of(meeting.id, meetings)
    if args.json:
        data = meeting.to_dict()
        data["people"] = [people[i].to_dict() for i in meeting.person_ids if i in people]
        data["target"] = target.label() if target else None
        data["action_items"] = [{**i.to_dict(), "overdue": is_overdue(i, today)} for i in items]
        data["followed_up_by"] = [m.id for m in later]
        print_json(data)
        return 0
    _print_meeting(meeting, people, proofs, target, items, earlier, later, today)
    return 0


def _print_meeting(meeting, people, proofs, target, items, earlier, later, today) -> None:
    from resume_builder.services.conversations import is_overdue

    when = " ".join(p for p in (_iso(meeting.date) or "no date", meeting.time) if p)
    print(f"{meeting.title or '(untitled meeting)'}")
    print(f"  {_words(meeting.kind)}, {when}  (id {meeting.id})")
    named = [people[i] for i in meeting.person_ids if i in people]
    print("People:" if named else "People: -")
    for person in named:
        about = ", ".join(p for p in (_words(person.relationship), person.title) if p)
        where = f" at {person.organisation}" if person.organisation else ""
        print(f"  {person.name or '(unnamed)'}" + (f" ({about}{where})" if about or where else ""))
    if target is not None:
        print(f"Target: {target.label()}")
    if earlier is not None:
        print(f"Follows up: {earlier.title or '(untitled)'} ({_iso(earlier.date) or 'no date'})")
    for label, text in (
        ("Agenda", meeting.agenda),
        ("Notes", meeting.notes),
        ("Feedback", meeting.feedback),
        ("Questions to ask", meeting.questions),
        ("Practical notes", meeting.practical),
    ):
        _print_text(label, text)
    _print_planner(meeting, proofs)
    print(f"Action items ({len(items)}):" if items else "Action items: none")
    for number, item in enumerate(items, 1):
        state = f"done {_iso(item.done_on)}" if item.done and item.done_on else "done"
        state = state if item.done else ("overdue" if is_overdue(item, today) else "open")
        due = f", due {_iso(item.due)}" if item.due else ""
        print(f"{number:>3}. [{state}{due}] {item.text}")
        for proof_id in item.proof_ids:
            proof = proofs.get(proof_id)
            if proof is not None:
                print(f"       proof: {proof.headline}")
    follow_up = _iso(meeting.follow_up)
    print(f"Follow-up: {follow_up}" if follow_up else "Follow-up: none planned")
    for m in later:
        print(f"  followed up by: {m.title or '(untitled)'} ({_iso(m.date) or 'no date'})")


def _print_planner(meeting, proofs) -> None:
    """The career-conversation planner's steps that hold something, in their order."""
    steps = [
        ("1. Ask — the request", meeting.request_email),
        ("2. Position — appreciation", meeting.appreciation),
        ("2. Position — long-term intent", meeting.intent),
        ("2. Position — the level aimed for", meeting.aim_level),
        ("2. Position — the question", meeting.question),
        ("3. Listen — what was asked of me", meeting.asked_of_me),
    ]
    points = [proofs[i].headline for i in meeting.talking_point_ids if i in proofs]
    agreed = meeting.open_conversation or meeting.agreed.strip() or meeting.conditions.strip()
    if not (any(text.strip() for _, text in steps) or points or agreed):
        return
    print("Planner:")
    for label, text in steps[:5]:
        _print_text(label, text, indent="  ")
    if points:
        print("  2. Position — talking points:")
        for point in points:
            print(f"     - {point}")
    _print_text(*steps[5], indent="  ")
    if meeting.open_conversation:
        print("  An open career conversation: looking outside while exploring inside")
    if agreed:
        _print_text("What was agreed", meeting.agreed, indent="  ")
        _print_text("Its conditions", meeting.conditions, indent="  ")


def _print_text(label: str, text: str, indent: str = "") -> None:
    """A labelled text: on the label's line when it is one line, else indented beneath it."""
    lines = [line.rstrip() for line in text.strip().splitlines()]
    if not lines:
        return
    if len(lines) == 1:
        print(f"{indent}{label}: {lines[0]}")
        return
    print(f"{indent}{label}:")
    for line in lines:
        print(f"{indent}  {line}" if line else "")


def _print_table(rows: list[list[str]]) -> None:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        print("  ".join([*cells, row[-1]]))
