"""`organisation list|add`: the organisations worth working for that a search starts from."""

from __future__ import annotations

import argparse
from pathlib import Path

from resume_builder.cli.common import CliError, open_for_writing, open_read_only
from resume_builder.cli.output import clip, print_json
from resume_builder.export.locale import with_count

#: how many characters of an id the listings show (as `people list` does)
SHORT_ID = 8


def add_parser(commands, common: argparse.ArgumentParser) -> None:
    """`organisation ACTION …` (also spelt `organization`)."""
    organisation = commands.add_parser(
        "organisation",
        aliases=["organization"],
        parents=[common],
        help="organisations worth working for: list them, add one",
        description="The organisations your search starts from: why each is attractive, the "
        "people you know there, the postings seen and the applications made. `list` works "
        "while the app is open; `add` refuses while the app has the data folder open.",
    )
    actions = organisation.add_subparsers(
        dest="organisation_action", metavar="ACTION", required=True
    )
    listing = actions.add_parser(
        "list",
        parents=[common],
        help="every organisation, the most wanted (priority 1) first",
        description="One line per organisation: id, name, priority, location, how many "
        "postings were seen and applications made there, and the people you know there.",
    )
    listing.add_argument("--json", action="store_true", help="print JSON for scripts")
    listing.set_defaults(handler=_cmd_organisation_list)

    add = actions.add_parser(
        "add",
        parents=[common],
        help="add an organisation (names are unique, ignoring case and spacing)",
        description="Add an organisation to scout. Targets whose company is its name, and "
        "people whose organisation is its name, count as its own.",
    )
    add.add_argument("--name", required=True, help="its name (unique)")
    add.add_argument("--why", default="", metavar="TEXT", help="why it is attractive")
    add.add_argument("--like", default="", metavar="TEXT", help="what it is like to work there")
    add.add_argument("--location", default="", help="where it is")
    add.add_argument("--website", default="", metavar="URL", help="its website")
    add.add_argument(
        "--priority",
        type=int,
        choices=(1, 2, 3),
        default=2,
        help="how much you want to work there: 1 most, 3 least (default: 2)",
    )
    add.add_argument("--notes", default="", metavar="TEXT", help="anything to remember")
    add.set_defaults(handler=_cmd_organisation_add)


def _cmd_organisation_list(args: argparse.Namespace, data_dir: Path) -> int:
    from resume_builder.domain.models import Organisation, Person, Target
    from resume_builder.services.organisations import (
        applications_of,
        by_priority,
        people_at,
        postings_of,
    )

    repository = open_read_only(data_dir)
    targets = repository.all(Target)
    people = repository.all(Person)
    rows = []
    for o in by_priority(repository.all(Organisation)):
        rows.append(
            {
                "id": o.id,
                "name": o.name,
                "priority": o.priority,
                "why": o.why,
                "like": o.like,
                "location": o.location,
                "website": o.website,
                "notes": o.notes,
                "postings": [t.label() for t in postings_of(o, targets)],
                "applications": [t.label() for t in applications_of(o, targets)],
                "people": [p.name for p in people_at(o, people)],
            }
        )
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        print("No organisations yet; add one with `resume-builder organisation add --name NAME`.")
        return 0
    table = [
        [
            row["id"][:SHORT_ID],
            clip(row["name"]) or "(unnamed)",
            f"priority {row['priority']}",
            clip(row["location"], 20) or "-",
            with_count(len(row["postings"]), "posting", "postings"),
            with_count(len(row["applications"]), "application", "applications"),
            clip(", ".join(row["people"]), 40) or "nobody known there",
        ]
        for row in rows
    ]
    widths = [max(len(row[i]) for row in table) for i in range(len(table[0]) - 1)]
    for row in table:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        print("  ".join([*cells, row[-1]]))
    return 0


def _cmd_organisation_add(args: argparse.Namespace, data_dir: Path) -> int:
    from resume_builder.domain.models import Organisation
    from resume_builder.services.organisations import OrganisationError, check_organisation_name

    if not " ".join(args.name.split()):
        raise CliError("give the organisation a name, for example --name 'Havsvind Energi'")
    with open_for_writing(data_dir, create=True) as repository:
        try:
            name = check_organisation_name(repository.all(Organisation), args.name)
        except OrganisationError as error:
            raise CliError(
                f"{error}; `resume-builder organisation list` shows the organisations"
            ) from None
        organisation = Organisation(
            name=name,
            why=args.why.strip(),
            like=args.like.strip(),
            location=args.location.strip(),
            website=args.website.strip(),
            priority=args.priority,
            notes=args.notes.strip(),
        )
        repository.put(organisation)
    where = f", {organisation.location}" if organisation.location else ""
    print(
        f"Added {name} (priority {organisation.priority}{where}), id {organisation.id[:SHORT_ID]}."
    )
    return 0
