"""`target create|list|show|requirements|archive|unarchive|duplicate`: one job posting each."""

from __future__ import annotations

import argparse
from pathlib import Path

from resume_builder.cli.common import (
    CliError,
    find_target,
    open_for_writing,
    open_read_only,
    read_posting,
)
from resume_builder.cli.output import (
    clip,
    local,
    print_chosen,
    print_coverage,
    print_json,
    print_requirements,
    shell_quote,
)
from resume_builder.export.locale import with_count


def add_parser(commands, common: argparse.ArgumentParser) -> None:
    """`target ACTION …`."""
    target = commands.add_parser(
        "target",
        parents=[common],
        help="keep job postings (targets) and the résumé cut for each",
        description="A target is one job posting: its text, the requirements found in it, the "
        "accomplishments chosen for it and every résumé and letter exported for it. Commands "
        "that change targets refuse while the app has the data folder open; list and show "
        "work at any time.",
    )
    actions = target.add_subparsers(dest="target_action", metavar="ACTION", required=True)

    create = actions.add_parser(
        "create",
        parents=[common],
        help="store a job posting as a new target",
        description="Store a job posting as a new target and show the requirements found in it "
        "and the accomplishments that answer them best.",
    )
    create.add_argument("--name", required=True, help="what you call the target (unique)")
    create.add_argument(
        "--job-file",
        required=True,
        metavar="POSTING.txt",
        help="the job posting as UTF-8 text (`-`: read it from standard input)",
    )
    create.add_argument("--company", default="", help="the employer")
    create.add_argument("--title", default="", help="the job title")
    create.add_argument("--link", default="", metavar="URL", help="where the posting is")
    create.add_argument("--location", default="", help="where the job is")
    create.add_argument("--notes", default="", help="anything to remember about it")
    create.set_defaults(handler=_cmd_target_create)

    listing = actions.add_parser(
        "list",
        parents=[common],
        help="list targets with their exports",
        description="One line per target: name, company, title, date created, number of "
        "exports and the last one.",
    )
    listing.add_argument("--all", action="store_true", help="include archived targets")
    listing.add_argument("--json", action="store_true", help="print JSON for scripts")
    listing.set_defaults(handler=_cmd_target_list)

    show = actions.add_parser(
        "show",
        parents=[common],
        help="show a target: requirements, chosen accomplishments, coverage, exports",
        description="Show a target's details, its requirements (with your corrections), the "
        "accomplishments on its résumé in order, how well they cover the posting, and every "
        "export made for it.",
    )
    show.add_argument("name", metavar="NAME", help="the target's name, title or company")
    show.add_argument("--json", action="store_true", help="print JSON for scripts")
    show.set_defaults(handler=_cmd_target_show)

    for action, what in (
        ("archive", "hide a target from the lists (nothing is deleted)"),
        ("unarchive", "bring an archived target back"),
    ):
        parser_ = actions.add_parser(action, parents=[common], help=what)
        parser_.add_argument("name", metavar="NAME", help="the target's name, title or company")
        parser_.set_defaults(handler=_cmd_target_archive, archive=action == "archive")

    requirements = actions.add_parser(
        "requirements",
        parents=[common],
        help="list a target's requirements, or correct them (strike, add, must-have, restore)",
        description="Without options: the requirements of a target, with your corrections. "
        "The options correct them as the window's Tailor tab does (each may be given more "
        "than once): restore first, then strike, add, and mark must-have or nice-to-have.",
    )
    requirements.add_argument("name", metavar="NAME", help="the target's name, title or company")
    for flag, what in (
        ("--strike", "take a requirement off the list (a skill by its name or an alias)"),
        ("--add", "add a requirement the posting does not name"),
        ("--must", "mark a requirement must-have"),
        ("--nice", "mark a requirement nice-to-have"),
        ("--restore", "bring back a struck requirement"),
    ):
        requirements.add_argument(flag, action="append", default=[], metavar="TERM", help=what)
    requirements.add_argument(
        "--restore-all", action="store_true", help="bring back every struck requirement"
    )
    requirements.set_defaults(handler=_cmd_target_requirements)

    duplicate = actions.add_parser(
        "duplicate",
        parents=[common],
        help="start a new target from a copy of another",
        description="Copy a target (posting, corrections, chosen accomplishments and their "
        "wording) under a new name, without its export history.",
    )
    duplicate.add_argument("name", metavar="NAME", help="the target to copy")
    duplicate.add_argument(
        "--name",
        dest="new_name",
        metavar="NEW",
        help="the copy's name (default: “NAME (copy)”, or “NAME (copy 2)” when that is taken, "
        "as the window's Duplicate names it)",
    )
    duplicate.set_defaults(handler=_cmd_target_duplicate)


def _refusal(error) -> CliError:
    """A target rule's refusal (services.targets) as the command line words it."""
    from resume_builder.services.targets import TargetNameMissing

    if isinstance(error, TargetNameMissing):
        return CliError("give the target a name, for example --name 'Acme Head of IT'")
    return CliError(str(error))


def _cmd_target_create(args: argparse.Namespace, data_dir: Path) -> int:
    from resume_builder.domain.models import Target
    from resume_builder.services.documents import snapshot_of
    from resume_builder.services.targets import TargetError, check_target_name, tailor_target

    posting = read_posting(args.job_file)
    target = Target(
        name=args.name.strip(),
        company=args.company.strip(),
        title=args.title.strip(),
        posting=posting,
        link=args.link.strip(),
        location=args.location.strip(),
        notes=args.notes.strip(),
    )
    with open_for_writing(data_dir, create=True) as repository:
        try:
            target.name = check_target_name(repository.all(Target), args.name)
        except TargetError as error:
            raise _refusal(error) from None
        repository.put(target)
        snapshot = snapshot_of(repository)
    tailoring = tailor_target(target, snapshot)
    what = " at ".join(p for p in (target.title, target.company) if p)
    print(f"Created target “{target.label()}”" + (f" ({what})." if what else "."))
    musts = sum(r.must_have for r in tailoring.requirements)
    found = with_count(len(tailoring.requirements), "requirement", "requirements")
    print(f"Found {found} in the posting ({musts} must-have).")
    top = tailoring.ranked[:5]
    if top:
        suggested = with_count(len(top), "suggested accomplishment", "suggested accomplishments")
        print(f"Top {suggested}:")
        for number, suggestion in enumerate(top, 1):
            print(f"{number:>3}. {suggestion.headline}")
    else:
        print("None of your accomplishments answers the posting yet.")
    quoted = shell_quote(target.label())
    print(
        f"Next: `resume-builder target show {quoted}`, "
        f"`resume-builder export resume --target {quoted}`."
    )
    return 0


def _export_summary(target) -> tuple[int, str]:
    if not target.exports:
        return 0, ""
    last = target.exports[-1]
    return len(target.exports), f"{local(last.when)} {last.kind} {last.format}"


def _cmd_target_list(args: argparse.Namespace, data_dir: Path) -> int:
    from resume_builder.domain.models import Target

    targets = open_read_only(data_dir).all(Target)
    shown = sorted(
        (t for t in targets if args.all or not t.archived), key=lambda t: t.created, reverse=True
    )
    if args.json:
        print_json(
            [
                {
                    "id": t.id,
                    "name": t.name,
                    "label": t.label(),
                    "company": t.company,
                    "title": t.title,
                    "link": t.link,
                    "location": t.location,
                    "archived": t.archived,
                    "created": t.created,
                    "exports": [e.to_dict() for e in t.exports],
                }
                for t in shown
            ]
        )
        return 0
    if not shown:
        archived = sum(t.archived for t in targets)
        print(
            f"No targets shown: {archived} archived (add --all to see them)."
            if archived
            else "No targets yet; add one with "
            "`resume-builder target create --name NAME --job-file POSTING.txt`."
        )
        return 0
    rows = []
    for t in shown:
        count, last = _export_summary(t)
        exports = with_count(count, "export", "exports") + (f", last {last}" if last else "")
        rows.append(
            [
                clip(t.label()),
                clip(t.company) or "-",
                clip(t.title) or "-",
                local(t.created),
                exports + ("  [archived]" if t.archived else ""),
            ]
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        print("  ".join([*cells, row[-1]]))
    return 0


def _cmd_target_show(args: argparse.Namespace, data_dir: Path) -> int:
    from resume_builder.services.documents import snapshot_of
    from resume_builder.services.targets import tailor_target

    repository = open_read_only(data_dir)
    target = find_target(repository, args.name)
    snapshot = snapshot_of(repository)
    tailoring = tailor_target(target, snapshot)
    if args.json:
        from resume_builder.services.owners import owners
        from resume_builder.services.posting import chosen_bullets

        data = target.to_dict()
        data["label"] = target.label()
        data["requirements"] = [r.to_dict() for r in tailoring.requirements]
        data["chosen"] = [
            {
                "id": bullet.accomplishment_id,
                "headline": bullet.headline,
                "text": bullet.text,
                "reworded": bullet.reworded,
            }
            for bullet in chosen_bullets(
                target, tailoring.chosen, snapshot.accomplishments, owners(snapshot)
            )
        ]
        data["coverage"] = tailoring.coverage.to_dict()
        print_json(data)
        return 0
    print(f"Target “{target.label()}”{'  [archived]' if target.archived else ''}")
    for label, value in (
        ("Company", target.company),
        ("Title", target.title),
        ("Location", target.location),
        ("Link", target.link),
        ("Created", local(target.created)),
        ("Page target", str(target.page_target) if target.page_target else "none"),
        ("Headline", target.headline),
        (
            "Cover letter",
            (
                with_count(len(target.letter.split()), "word", "words")
                if target.letter.strip()
                else ""
            ),
        ),
        ("Notes", " ".join(target.notes.split())),
    ):
        if value:
            print(f"  {label + ':':<13} {value}")
    print()
    print_requirements(tailoring.requirements)
    print()
    print_chosen(target, tailoring.chosen, snapshot)
    print_coverage("Coverage", tailoring.coverage, mark_must=True)
    print(f"\nExports ({len(target.exports)}):")
    for e in reversed(target.exports):
        when = local(e.when, minutes=True)
        pages = f"{e.pages} p." if e.pages else ""
        print(
            f"  {when}  {e.kind:<6} {e.format:<4} {e.template:<8} {e.language}  {pages:<5} {e.file}"
        )
    if not target.exports:
        print("  none yet")
    return 0


def _cmd_target_archive(args: argparse.Namespace, data_dir: Path) -> int:
    from resume_builder.domain.models import Target
    from resume_builder.services.targets import TargetError, with_archived
    from resume_builder.services.targets import find_target as find

    with open_for_writing(data_dir) as repository:
        targets = repository.all(Target)
        if args.archive:
            target = find_target(repository, args.name)
            if target.archived:
                raise CliError(f"target “{target.label()}” is already archived")
        else:
            try:
                target = find([t for t in targets if t.archived], args.name)
            except TargetError:
                target = find_target(repository, args.name)
                raise CliError(f"target “{target.label()}” is not archived") from None
        try:
            changed = with_archived(targets, target, args.archive)
        except TargetError as error:  # an active target holds the archived one's name
            raise _refusal(error) from None
        repository.put(changed)
    print(f"{'Archived' if args.archive else 'Unarchived'} target “{target.label()}”.")
    return 0


def _cmd_target_duplicate(args: argparse.Namespace, data_dir: Path) -> int:
    from resume_builder.domain.models import Target
    from resume_builder.services.targets import TargetError, duplicate_target

    with open_for_writing(data_dir) as repository:
        source = find_target(repository, args.name)
        try:
            copy = duplicate_target(source, repository.all(Target), name=args.new_name)
        except TargetError as error:
            raise _refusal(error) from None
        repository.put(copy)
    print(f"Created target “{copy.label()}”, a copy of “{source.label()}”.")
    return 0


def _cmd_target_requirements(args: argparse.Namespace, data_dir: Path) -> int:
    from resume_builder.services.documents import snapshot_of
    from resume_builder.services.tailoring import AccomplishmentIndex
    from resume_builder.services.targets import tailor_target

    editing = any((args.strike, args.add, args.must, args.nice, args.restore, args.restore_all))
    if not editing:
        repository = open_read_only(data_dir)
        target = find_target(repository, args.name)
        snapshot = snapshot_of(repository)
        print_requirements(tailor_target(target, snapshot).requirements)
        return 0
    with open_for_writing(data_dir) as repository:
        target = find_target(repository, args.name)
        snapshot = snapshot_of(repository)
        index = AccomplishmentIndex.build(snapshot)
        changed = _corrected(target, args, snapshot.skills, index)
        if changed != target:
            repository.put(changed)
    tailoring = tailor_target(changed, snapshot, index)
    verb = "Corrected" if changed != target else "Nothing to change in"
    print(f"{verb} the requirements of “{changed.label()}”.")
    print_requirements(tailoring.requirements)
    return 0


def _corrected(target, args: argparse.Namespace, skills, index):
    """The target with the requirement corrections the options ask for (services.target_edits).

    Raises:
        CliError: a term to strike or mark is not one of the target's requirements, or one
            to restore was never struck.

    """
    from resume_builder.services.target_edits import (
        with_must_have,
        with_requirement_added,
        with_requirements_restored,
        with_requirements_struck,
    )
    from resume_builder.services.targets import added_requirement, target_requirements, term_key

    def shown(target) -> list:
        return target_requirements(target, skills, index)

    def requirement_named(target, term: str):
        # "k8s" names the Kubernetes requirement, as it does in the window.
        keys = {term_key(term), term_key(added_requirement(term, skills).term)}
        found = next((r for r in shown(target) if term_key(r.term) in keys), None)
        if found is None:
            terms = ", ".join(f"“{r.term}”" for r in shown(target)) or "none"
            raise CliError(
                f"“{term}” is not one of the requirements of “{target.label()}”; they are: {terms}"
            )
        return found

    changed = target
    if args.restore_all:
        changed = with_requirements_restored(changed)
    for term in args.restore:
        struck = {term_key(t) for t in changed.removed_terms}
        if term_key(term) not in struck:
            raise CliError(f"“{term}” was not struck from “{target.label()}”")
        changed = with_requirements_restored(changed, [term])
    if args.strike:
        terms = [requirement_named(changed, term).term for term in args.strike]
        changed = with_requirements_struck(changed, terms, skills)
    for term in args.add:
        changed = with_requirement_added(changed, term, skills, shown(changed))
    for term, must in [(t, True) for t in args.must] + [(t, False) for t in args.nice]:
        changed = with_must_have(changed, requirement_named(changed, term).term, must)
    return changed
