"""Command line: opens the window by default; subcommands serve scripts and checks.

Subcommands never import PySide6, so they start fast and run on machines without a screen.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shlex
import sys
from collections.abc import Sequence
from pathlib import Path

from resume_builder import APP_NAME, __version__
from resume_builder.export.locale import with_count
from resume_builder.storage.errors import StorageError

LIST_KINDS = ("accomplishments", "roles", "skills")
EXPORT_KINDS = ("resume", "letter", "cmd")


class CliError(Exception):
    """A problem the user caused; printed as one sentence, exit code 1."""


def build_parser() -> argparse.ArgumentParser:
    """The whole command line, subcommands included."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="data folder to use (default: $RESUME_BUILDER_DATA, else the platform's "
        "user data folder)",
    )
    parser = argparse.ArgumentParser(
        prog="resume-builder",
        description=f"{APP_NAME}: record your accomplishments and build tailored résumés, "
        "offline. With no command, opens the window.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the window on a fresh copy of a demo career in a temporary folder",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")

    demo = commands.add_parser(
        "demo", parents=[common], help="write the demo career into a data folder"
    )
    demo.set_defaults(handler=_cmd_demo)

    listing = commands.add_parser(
        "list", parents=[common], help="print stored records (accomplishments, roles, skills)"
    )
    listing.add_argument("kind", choices=LIST_KINDS)
    listing.add_argument("--json", action="store_true", help="print JSON for scripts")
    listing.set_defaults(handler=_cmd_list)

    export = commands.add_parser(
        "export",
        parents=[common],
        help="write a résumé, a cover letter or the Career Management Document",
        description="Write a résumé, a target's cover letter or the Career Management Document. "
        "With --target, the résumé or letter is the one cut for that job posting, and the "
        "export is recorded on the target.",
    )
    export.add_argument(
        "kind",
        nargs="?",
        default="resume",
        choices=EXPORT_KINDS,
        help="résumé (default), cover letter (needs --target) or Career Management Document",
    )
    export.add_argument(
        "--target",
        metavar="NAME",
        help="the target (job posting) to cut the résumé or letter for; see `target list`",
    )
    export.add_argument(
        "--format",
        default="pdf",
        choices=("pdf", "docx", "md", "txt", "json"),
        help="file format (default pdf; json is a JSON Resume, so not for a letter)",
    )
    export.add_argument(
        "--template",
        help="document style (see --list-templates; default: the one chosen in Preferences)",
    )
    export.add_argument(
        "--lang",
        "--language",
        dest="language",
        default="en",
        choices=("en", "sv", "de", "fr", "es"),
        help="document language (default en)",
    )
    export.add_argument(
        "--page-size",
        choices=("A4", "Letter"),
        help="paper (default: Preferences' choice, else from the system locale)",
    )
    export.add_argument(
        "--pages",
        type=int,
        choices=range(1, 6),
        metavar="{1-5}",
        help="page target of a résumé (default: Preferences' choice, or the target's with "
        "--target)",
    )
    export.add_argument(
        "-o",
        "--out",
        "--output",
        dest="output",
        metavar="FILE",
        help="where to write (default: a name from the profile, in the current folder)",
    )
    export.add_argument("--list-templates", action="store_true", help="list templates and exit")
    export.set_defaults(handler=_cmd_export)

    backup = commands.add_parser(
        "backup",
        parents=[common],
        help="list, take or restore backups; --out FILE.zip writes a portable backup",
    )
    backup.add_argument(
        "--out",
        metavar="FILE.zip",
        help="write a portable backup (database, dictionary, manifest) to this ZIP file",
    )
    backup.set_defaults(handler=_cmd_backup_zip)
    actions = backup.add_subparsers(dest="backup_action", metavar="ACTION")
    actions.add_parser("list", parents=[common], help="list backups, newest first").set_defaults(
        handler=_cmd_backup_list
    )
    create = actions.add_parser(
        "create", parents=[common], help="take a backup now (into backups/, or --out FILE.zip)"
    )
    create.add_argument(
        "--out", metavar="FILE.zip", default=argparse.SUPPRESS, help="write a portable ZIP backup"
    )
    create.set_defaults(handler=_cmd_backup_create)
    restore = actions.add_parser(
        "restore", parents=[common], help="make a backup the current database"
    )
    which = restore.add_mutually_exclusive_group(required=True)
    which.add_argument("file", nargs="?", help="the backup file to restore")
    which.add_argument("--latest", action="store_true", help="restore the newest good backup")
    restore.set_defaults(handler=_cmd_backup_restore)

    top_restore = commands.add_parser(
        "restore",
        parents=[common],
        help="make a backup (a .zip from `backup --out` or a .json backup) the current database",
    )
    top_restore.add_argument("file", help="the backup to restore")
    top_restore.set_defaults(handler=_cmd_restore)

    tailor = commands.add_parser(
        "tailor",
        parents=[common],
        help="rank accomplishments against a job posting and report the gaps",
    )
    posting = tailor.add_mutually_exclusive_group(required=True)
    posting.add_argument(
        "--job-file", metavar="POSTING.txt", help="the job posting as text (`-`: standard input)"
    )
    posting.add_argument(
        "--target",
        metavar="NAME",
        help="a stored target: its posting with your corrections and its chosen accomplishments",
    )
    tailor.add_argument(
        "--top",
        type=int,
        default=10,
        metavar="N",
        help="how many of the best-ranked accomplishments to show (10)",
    )
    tailor.add_argument("--json", action="store_true", help="print JSON for scripts")
    tailor.set_defaults(handler=_cmd_tailor)

    _add_target_parser(commands, common)

    importing = commands.add_parser(
        "import", parents=[common], help="import a JSON Resume file or a LinkedIn data export"
    )
    formats = importing.add_subparsers(dest="import_kind", metavar="FORMAT", required=True)
    for kind, what, help_text in (
        ("jsonresume", "FILE", "import a JSON Resume file (resume.json)"),
        ("linkedin", "ZIP_OR_FOLDER", "import a LinkedIn data export (the ZIP or its folder)"),
    ):
        parser_ = formats.add_parser(kind, parents=[common], help=help_text)
        parser_.add_argument("file", metavar=what)
        parser_.add_argument(
            "--dry-run", action="store_true", help="show what would be imported; write nothing"
        )
        parser_.set_defaults(handler=_cmd_import)
    return parser


def _add_target_parser(commands, common: argparse.ArgumentParser) -> None:
    """`target create|list|show|archive|unarchive|duplicate`: one job posting each."""
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

    duplicate = actions.add_parser(
        "duplicate",
        parents=[common],
        help="start a new target from a copy of another",
        description="Copy a target (posting, corrections, chosen accomplishments and their "
        "wording) under a new name, without its export history.",
    )
    duplicate.add_argument("name", metavar="NAME", help="the target to copy")
    duplicate.add_argument(
        "--name", dest="new_name", required=True, metavar="NEW", help="the copy's name"
    )
    duplicate.set_defaults(handler=_cmd_target_duplicate)


def main(argv: Sequence[str] | None = None) -> int:
    """Runs the command line; returns the process exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    from resume_builder import paths

    data_dir = paths.data_dir(getattr(args, "data_dir", None))
    handler = getattr(args, "handler", None)
    try:
        if handler is None:
            from resume_builder.app import run_gui

            return run_gui(data_dir=data_dir, demo=args.demo)
        return handler(args, data_dir) or 0
    except (CliError, StorageError) as exc:
        print(f"resume-builder: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # the reader (e.g. `| head`) stopped listening; that is not an error of ours
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _require_database(data_dir: Path) -> None:
    from resume_builder.storage.repository import database_path

    if not database_path(data_dir).exists():
        raise CliError(
            f"there is no database in {data_dir}; run the app once or "
            f"`resume-builder demo --data-dir {data_dir}`"
        )


def _open_read_only(data_dir: Path):
    from resume_builder.storage.repository import Repository

    _require_database(data_dir)
    return Repository.open(data_dir, read_only=True)


def _cmd_demo(args: argparse.Namespace, data_dir: Path) -> int:
    from resume_builder.domain.models import Accomplishment, Role
    from resume_builder.services.demo import write_demo
    from resume_builder.storage.repository import Repository

    with Repository.open(data_dir) as repository:
        if repository.count(Accomplishment) or repository.count(Role):
            raise CliError(
                f"{data_dir} already holds a career record; the demo is only written into an "
                "empty data folder"
            )
        write_demo(repository)
        counts = repository.counts()
    print(
        f"Wrote the demo career to {data_dir}: {with_count(counts['role'], 'role', 'roles')}, "
        f"{with_count(counts['accomplishment'], 'accomplishment', 'accomplishments')}, "
        f"{with_count(counts['skill'], 'skill', 'skills')}."
    )
    return 0


def _cmd_list(args: argparse.Namespace, data_dir: Path) -> int:
    from resume_builder.domain.models import Accomplishment, Role, Skill, format_period
    from resume_builder.domain.models import sort_key_newest_first as newest_first

    repository = _open_read_only(data_dir)
    roles = {r.id: r for r in repository.all(Role)}
    skills = {s.id: s for s in repository.all(Skill)}
    rows: list[dict] = []
    if args.kind == "accomplishments":
        for item in sorted(repository.all(Accomplishment), key=newest_first):
            row = item.to_dict()
            role = roles.get(item.role_id or "")
            row["role"] = role.label() if role else ""
            row["skills"] = [skills[s].name for s in item.skill_ids if s in skills]
            rows.append(row)
        lines = [
            f"{r['date'] or '-':<10} {r['impact']} {r['headline']}"
            + (f"  [{', '.join(r['skills'])}]" if r["skills"] else "")
            for r in rows
        ]
    elif args.kind == "roles":
        ordered = sorted(roles.values(), key=newest_first)
        rows = [r.to_dict() for r in ordered]
        lines = [f"{format_period(r.start, r.end):<22} {r.title} — {r.employer}" for r in ordered]
    else:
        counts: dict[str, int] = {}
        for item in repository.all(Accomplishment):
            for skill_id in item.skill_ids:
                counts[skill_id] = counts.get(skill_id, 0) + 1
        ordered = sorted(skills.values(), key=lambda s: s.name.casefold())
        for skill in ordered:
            row = skill.to_dict()
            row["accomplishments"] = counts.get(skill.id, 0)
            rows.append(row)
        lines = [
            f"{s.name:<28} {s.category:<14} {counts.get(s.id, 0):>3}"
            + (f"  (also: {', '.join(s.aliases)})" if s.aliases else "")
            for s in ordered
        ]
    if args.json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        print("\n".join(lines) if lines else f"No {args.kind} yet.")
    return 0


def _cmd_export(args: argparse.Namespace, data_dir: Path) -> int:
    from resume_builder import paths
    from resume_builder.export.style import StyleError, available_styles
    from resume_builder.services import documents

    if args.list_templates:
        for key, style in available_styles(paths.templates_dir()).items():
            print(f"{key:<12} {style.description}")
        return 0
    if args.target is not None and args.kind == "cmd":
        raise CliError(
            "--target goes with a résumé or a cover letter, not the Career Management Document"
        )
    if args.target is None and args.kind == "letter":
        raise CliError(
            "a cover letter is written for one job posting: add --target NAME "
            "(`resume-builder target list` shows the targets)"
        )
    from resume_builder.services.preferences import document_template, load_preferences, paper_size

    repository = _open_read_only(data_dir)
    snapshot = documents.snapshot_of(repository)
    target = _find_target(repository, args.target) if args.target is not None else None
    defaults = load_preferences(data_dir)  # the window's Preferences; explicit flags win
    request = documents.ExportRequest(
        kind=args.kind,
        format=args.format,
        template=args.template or document_template(defaults, paths.templates_dir()),
        language=args.language,
        page_size=args.page_size or paper_size(defaults),
    )
    if target is None:
        request.resume.page_target = args.pages or defaults.page_target
    elif args.kind == "resume":
        from resume_builder.services.targets import resume_options, tailor_target

        tailoring = tailor_target(target, snapshot)
        request.resume = resume_options(
            target,
            tailoring.chosen,
            language=args.language,
            page_target="target" if args.pages is None else args.pages,
        )
    else:
        request.letter = _letter_options(target, snapshot, args.language)
    name = snapshot.profile.name.strip() or "career"
    suffix = {"cmd": "-CMD", "letter": "-Letter"}.get(args.kind, "-Resume")
    default_name = "-".join(name.split()) + suffix
    if target is not None:
        default_name += f"-{_file_name_part(target.label())}"
    request.output = Path(args.output or f"{default_name}.{args.format}")
    try:
        result = documents.run_to_end(
            documents.export_document(request, snapshot, paths.templates_dir())
        )
    except (documents.ExportError, StyleError) as exc:
        raise CliError(str(exc)) from None
    except OSError as exc:
        raise CliError(f"could not export to {request.output}: {exc.strerror or exc}") from None
    except Exception as exc:  # a script gets one sentence, never a traceback
        # The file is written atomically as the very last step, so nothing partial is left.
        detail = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise CliError(f"could not export {args.kind} as {args.format}: {detail}") from None
    print(f"Wrote {result.path}.")
    if result.fit is not None:
        print(result.fit.describe())
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if target is not None:
        from resume_builder.services.targets import export_entry

        _record_export(data_dir, target, export_entry(request, result))
    return 0


def _letter_options(target, snapshot, language: str):
    """The letter a target stands for: the user's own text, else a fresh draft."""
    from resume_builder.services.cover_letter import letter_options
    from resume_builder.services.targets import tailor_target

    chosen = tailor_target(target, snapshot).chosen
    return letter_options(target, snapshot, chosen, language=language)


def _record_export(data_dir: Path, target, entry) -> None:
    """Adds an export to the target's history; the file stands even when that cannot be done."""
    from resume_builder.domain.models import Target
    from resume_builder.services.targets import with_export
    from resume_builder.storage.errors import LockedError
    from resume_builder.storage.repository import Repository

    label = target.label()
    try:
        with Repository.open(data_dir) as repository:
            current = repository.get(Target, target.id)
            if current is None:
                print(
                    f"note: the export was not recorded: target “{label}” was deleted meanwhile.",
                    file=sys.stderr,
                )
                return
            repository.put(with_export(current, entry))
    except LockedError:
        print(
            f"note: the export was not recorded on target “{label}” because the app has the "
            "data open; the file was written.",
            file=sys.stderr,
        )
        return
    except StorageError as exc:
        print(f"note: the export was not recorded on target “{label}”: {exc}", file=sys.stderr)
        return
    print(f"Recorded on target “{label}”.")


def _file_name_part(text: str) -> str:
    """Text made safe for a file name on every system: words joined by hyphens."""
    return "-".join(re.findall(r"\w+", text))[:60].strip("-") or "target"


def _cmd_backup_list(args: argparse.Namespace, data_dir: Path) -> int:
    from resume_builder.storage.backups import BackupFolder
    from resume_builder.storage.fileformat import IntegrityError
    from resume_builder.storage.repository import BACKUP_DIR

    backups = BackupFolder(data_dir / BACKUP_DIR).list()
    if not backups:
        print(f"No backups in {data_dir / BACKUP_DIR}.")
    for backup in backups:
        try:
            meta = backup.verify()
            state = with_count(sum(meta.counts.values()), "record", "records")
        except (OSError, IntegrityError) as exc:
            state = f"DAMAGED: {exc}"
        print(f"{backup.taken_at:%Y-%m-%d %H:%M:%S}  {backup.reason:<14} {state}  {backup.path}")
    return 0


def _cmd_backup_zip(args: argparse.Namespace, data_dir: Path) -> int:
    if not args.out:
        raise CliError(
            "say what to do: `backup --out FILE.zip`, `backup list`, `backup create` or "
            "`backup restore FILE`"
        )
    from resume_builder.services.backup_archive import BackupArchiveError, write_backup_zip

    repository = _open_read_only(data_dir)  # reading is allowed while the app is open
    target = Path(args.out)
    try:
        manifest = write_backup_zip(repository, target)
    except BackupArchiveError as exc:
        raise CliError(str(exc)) from None
    total = sum(manifest["counts"].values())
    print(f"Backup written to {target} ({with_count(total, 'record', 'records')}).")
    return 0


def _cmd_backup_create(args: argparse.Namespace, data_dir: Path) -> int:
    from resume_builder.storage.repository import Repository

    if getattr(args, "out", None):
        return _cmd_backup_zip(args, data_dir)
    with Repository.open(data_dir) as repository:
        backup = repository.backups.take(repository.path, "manual")
    print(f"Backup written to {backup.path}." if backup else "Nothing to back up yet.")
    return 0


def _cmd_backup_restore(args: argparse.Namespace, data_dir: Path) -> int:
    from resume_builder.storage.backups import BackupFolder
    from resume_builder.storage.fileformat import IntegrityError
    from resume_builder.storage.repository import BACKUP_DIR, restore_backup

    if args.latest:
        newest = BackupFolder(data_dir / BACKUP_DIR).newest_good()
        if newest is None:
            raise CliError(f"there is no good backup in {data_dir / BACKUP_DIR}")
        source = newest.path
    else:
        source = Path(args.file)
    try:
        restore_backup(data_dir, source)
    except FileNotFoundError:
        raise CliError(f"there is no backup file {source}") from None
    except IntegrityError as exc:
        raise CliError(f"{source} cannot be restored: {exc}") from None
    print(f"Restored {source.name}; the previous database was backed up first.")
    return 0


def _cmd_restore(args: argparse.Namespace, data_dir: Path) -> int:
    import zipfile

    source = Path(args.file)
    if not source.is_file():
        raise CliError(f"there is no backup file {source}")
    if not zipfile.is_zipfile(source):
        return _cmd_backup_restore(argparse.Namespace(latest=False, file=str(source)), data_dir)
    from resume_builder.services.backup_archive import BackupArchiveError, restore_backup_zip

    try:
        previous = restore_backup_zip(data_dir, source)
    except BackupArchiveError as exc:
        raise CliError(str(exc)) from None
    except OSError as exc:
        raise CliError(f"could not restore {source}: {exc.strerror or exc}") from None
    note = f" The previous database was backed up to {previous.path}." if previous else ""
    print(f"Restored {source.name} into {data_dir}.{note}")
    return 0


def _read_posting(name: str) -> str:
    """A job posting's text from a file (UTF-8, with or without BOM) or `-` for stdin."""
    source = "standard input" if name == "-" else Path(name)
    try:
        data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
        posting = data.decode("utf-8-sig")
    except FileNotFoundError:
        raise CliError(f"there is no job posting file {source}") from None
    except UnicodeDecodeError:
        raise CliError(f"{source} is not UTF-8 text; save the posting as plain text") from None
    except OSError as exc:
        raise CliError(f"cannot read {source}: {exc.strerror or exc}") from None
    if "\x00" in posting:
        raise CliError(f"{source} is not text; save the posting as plain text")
    if not posting.strip():
        raise CliError(f"{source} is empty; paste the job posting into it")
    return posting


def _cmd_tailor(args: argparse.Namespace, data_dir: Path) -> int:
    from resume_builder.services import tailoring
    from resume_builder.services.documents import snapshot_of

    if args.top < 1:
        raise CliError("--top must be at least 1")
    if args.target is not None:
        return _tailor_target(args, data_dir)
    posting = _read_posting(args.job_file)
    snapshot = snapshot_of(_open_read_only(data_dir))
    index = tailoring.AccomplishmentIndex.build(snapshot)
    requirements = tailoring.extract_requirements(posting, snapshot.skills, index)
    # Scripts get every accomplishment (id and headline) in rank order, the text only the top N.
    ranking = index.rank(requirements)
    chosen = ranking[: args.top]
    report = tailoring.coverage(requirements, [s.accomplishment_id for s in chosen], index)
    if args.json:
        _print_json(
            {
                "requirements": [r.to_dict() for r in requirements],
                "top": args.top,
                "ranking": [s.to_dict() for s in _with_unranked(ranking, snapshot)],
                "coverage": report.to_dict(),
            }
        )
        return 0
    _print_requirements(requirements)
    _print_best(chosen, len(snapshot.accomplishments))
    _print_coverage(f"Coverage of the top {len(chosen)}", report)
    return 0


def _tailor_target(args: argparse.Namespace, data_dir: Path) -> int:
    from resume_builder.services.documents import snapshot_of
    from resume_builder.services.targets import tailor_target

    repository = _open_read_only(data_dir)
    target = _find_target(repository, args.target)
    snapshot = snapshot_of(repository)
    tailoring = tailor_target(target, snapshot)
    if args.json:
        _print_json(
            {
                "target": {"id": target.id, "name": target.name, "label": target.label()},
                "requirements": [r.to_dict() for r in tailoring.requirements],
                "top": args.top,
                "ranking": [s.to_dict() for s in _with_unranked(tailoring.ranked, snapshot)],
                "chosen": list(tailoring.chosen),
                "coverage": tailoring.coverage.to_dict(),
            }
        )
        return 0
    print(f"Target “{target.label()}”{' (archived)' if target.archived else ''}\n")
    _print_requirements(tailoring.requirements)
    _print_best(tailoring.ranked[: args.top], len(snapshot.accomplishments))
    print()
    _print_chosen(target, tailoring.chosen, snapshot)
    _print_coverage(
        f"Coverage of the résumé's {len(tailoring.chosen)}", tailoring.coverage, mark_must=True
    )
    return 0


def _with_unranked(ranking: list, snapshot) -> list:
    """The ranking followed by every accomplishment that matched nothing (score 0)."""
    from resume_builder.services.tailoring import Suggestion

    ranked_ids = {s.accomplishment_id for s in ranking}
    return ranking + [
        Suggestion(item.id, item.headline, 0.0, [])
        for item in snapshot.accomplishments
        if item.id not in ranked_ids
    ]


def _print_json(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    print()


def _print_requirements(requirements: list) -> None:
    print(f"Requirements ({len(requirements)}):")
    for r in requirements:
        print(f"  {'MUST' if r.must_have else '    '}  {r.kind:<8} {r.term}  (×{r.count})")
    if not requirements:
        print("  none found: is the posting in English or Swedish?")


def _print_best(best: list, total: int) -> None:
    print(f"\nBest {len(best)} of {with_count(total, 'accomplishment', 'accomplishments')}:")
    for number, s in enumerate(best, 1):
        print(f"{number:>3}. {s.score:7.2f}  {s.headline}")
        print(f"              matches: {', '.join(s.matched)}")
    if not best:
        print("  none matches the posting")


def _print_chosen(target, chosen: list[str], snapshot) -> None:
    """The résumé's bullets in order, each reworded one with the master it stands for."""
    by_id = {a.id: a for a in snapshot.accomplishments}
    how = "chosen by you" if target.selected_ids is not None else "the best-ranked"
    print(f"On the résumé ({len(chosen)}, {how}):")
    for number, accomplishment_id in enumerate(chosen, 1):
        master = by_id[accomplishment_id].headline
        reworded = target.rewordings.get(accomplishment_id, "").strip()
        print(f"{number:>3}. {reworded or master}")
        if reworded:
            print(f"       reworded; the master reads: {master}")
    if not chosen:
        print("  none yet")


def _print_coverage(title: str, report, *, mark_must: bool = False) -> None:
    """The coverage score and the gap list (with `mark_must`, must-have gaps say so)."""
    missing = [f"{r.term} (must)" if mark_must and r.must_have else r.term for r in report.missing]
    print(f"\n{title}: {report.score}/100")
    print(f"  covered: {', '.join(r.term for r in report.covered) or '-'}")
    print(f"  missing: {', '.join(missing) or '-'}")
    for r in report.missing:
        for s in report.suggestions.get(r.term, []):
            print(f"    {r.term}: would be closed by “{s.headline}”")


def _find_target(repository, name: str):
    """The target a user names (see `targets.find_target`), or a CliError saying why not."""
    from resume_builder.domain.models import Target
    from resume_builder.services.targets import TargetError, find_target

    try:
        return find_target(repository.all(Target), name)
    except TargetError as exc:
        raise CliError(str(exc)) from None


def _open_for_writing(data_dir: Path, *, create: bool = False):
    """The repository with the data folder's lock (LockedError while the app has it open)."""
    from resume_builder.storage.repository import Repository

    if not create:
        _require_database(data_dir)  # rather than make an empty one only to find no target
    return Repository.open(data_dir)


def _check_unique_name(targets: list, name: str, *, besides: str | None = None) -> None:
    from resume_builder.services.targets import term_key

    if not name.strip():
        raise CliError("give the target a name, for example --name 'Acme Head of IT'")
    for other in targets:
        if other.archived or other.id == besides:
            continue
        if term_key(name) in (term_key(other.name), term_key(other.label())):
            raise CliError(
                f"there is already a target called “{other.label()}”; choose another name"
            )


def _cmd_target_create(args: argparse.Namespace, data_dir: Path) -> int:
    from resume_builder.domain.models import Target
    from resume_builder.services.documents import snapshot_of
    from resume_builder.services.targets import tailor_target

    posting = _read_posting(args.job_file)
    target = Target(
        name=args.name.strip(),
        company=args.company.strip(),
        title=args.title.strip(),
        posting=posting,
        link=args.link.strip(),
        location=args.location.strip(),
        notes=args.notes.strip(),
    )
    with _open_for_writing(data_dir, create=True) as repository:
        _check_unique_name(repository.all(Target), target.name)
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
    quoted = _shell_quote(target.label())
    print(
        f"Next: `resume-builder target show {quoted}`, "
        f"`resume-builder export resume --target {quoted}`."
    )
    return 0


def _shell_quote(text: str) -> str:
    """An argument as the user's shell takes it (cmd.exe and PowerShell know double quotes)."""
    if os.name == "nt":
        return f'"{text}"' if re.search(r"[\s&|<>^()]", text) else text
    return shlex.quote(text)


def _export_summary(target) -> tuple[int, str]:
    if not target.exports:
        return 0, ""
    last = target.exports[-1]
    return len(target.exports), f"{_local(last.when)} {last.kind} {last.format}"


def _cmd_target_list(args: argparse.Namespace, data_dir: Path) -> int:
    from resume_builder.domain.models import Target

    targets = _open_read_only(data_dir).all(Target)
    shown = sorted(
        (t for t in targets if args.all or not t.archived), key=lambda t: t.created, reverse=True
    )
    if args.json:
        _print_json(
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
                _clip(t.label()),
                _clip(t.company) or "-",
                _clip(t.title) or "-",
                _local(t.created),
                exports + ("  [archived]" if t.archived else ""),
            ]
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        print("  ".join([*cells, row[-1]]))
    return 0


def _local(stamp: str, *, minutes: bool = False) -> str:
    """A stored UTC timestamp as the user's local date (and time, with `minutes`)."""
    from datetime import datetime

    try:
        moment = datetime.fromisoformat(stamp).astimezone()
    except (TypeError, ValueError):
        return stamp[:16] if minutes else stamp[:10]  # as stored, rather than nothing
    return moment.strftime("%Y-%m-%d %H:%M" if minutes else "%Y-%m-%d")


def _clip(text: str, width: int = 32) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _cmd_target_show(args: argparse.Namespace, data_dir: Path) -> int:
    from resume_builder.services.documents import snapshot_of
    from resume_builder.services.targets import tailor_target

    repository = _open_read_only(data_dir)
    target = _find_target(repository, args.name)
    snapshot = snapshot_of(repository)
    tailoring = tailor_target(target, snapshot)
    by_id = {a.id: a for a in snapshot.accomplishments}
    if args.json:
        data = target.to_dict()
        data["label"] = target.label()
        data["requirements"] = [r.to_dict() for r in tailoring.requirements]
        data["chosen"] = [
            {
                "id": i,
                "headline": by_id[i].headline,
                "text": target.rewordings.get(i, "").strip() or by_id[i].headline,
                "reworded": bool(target.rewordings.get(i, "").strip()),
            }
            for i in tailoring.chosen
        ]
        data["coverage"] = tailoring.coverage.to_dict()
        _print_json(data)
        return 0
    print(f"Target “{target.label()}”{'  [archived]' if target.archived else ''}")
    for label, value in (
        ("Company", target.company),
        ("Title", target.title),
        ("Location", target.location),
        ("Link", target.link),
        ("Created", _local(target.created)),
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
    _print_requirements(tailoring.requirements)
    print()
    _print_chosen(target, tailoring.chosen, snapshot)
    _print_coverage("Coverage", tailoring.coverage, mark_must=True)
    print(f"\nExports ({len(target.exports)}):")
    for e in reversed(target.exports):
        when = _local(e.when, minutes=True)
        pages = f"{e.pages} p." if e.pages else ""
        print(
            f"  {when}  {e.kind:<6} {e.format:<4} {e.template:<8} {e.language}  {pages:<5} {e.file}"
        )
    if not target.exports:
        print("  none yet")
    return 0


def _cmd_target_archive(args: argparse.Namespace, data_dir: Path) -> int:
    from resume_builder.domain.models import Target
    from resume_builder.services.targets import TargetError, find_target, term_key

    with _open_for_writing(data_dir) as repository:
        targets = repository.all(Target)
        if args.archive:
            target = _find_target(repository, args.name)
            if target.archived:
                raise CliError(f"target “{target.label()}” is already archived")
        else:
            try:
                target = find_target([t for t in targets if t.archived], args.name)
            except TargetError:
                target = _find_target(repository, args.name)
                raise CliError(f"target “{target.label()}” is not archived") from None
            for other in targets:
                if not other.archived and term_key(other.label()) == term_key(target.label()):
                    raise CliError(
                        f"another target is called “{other.label()}”; archive it first, so "
                        "that names stay unique"
                    )
        repository.put(target.copy(archived=args.archive, updated=_now()))
    print(f"{'Archived' if args.archive else 'Unarchived'} target “{target.label()}”.")
    return 0


def _cmd_target_duplicate(args: argparse.Namespace, data_dir: Path) -> int:
    from resume_builder.domain.models import Target
    from resume_builder.services.targets import duplicate_target

    with _open_for_writing(data_dir) as repository:
        source = _find_target(repository, args.name)
        copy = duplicate_target(source)
        copy.name = args.new_name.strip()
        _check_unique_name(repository.all(Target), copy.name)
        repository.put(copy)
    print(f"Created target “{copy.label()}”, a copy of “{source.label()}”.")
    return 0


def _now() -> str:
    from resume_builder.domain.models import now_iso

    return now_iso()


def _cmd_import(args: argparse.Namespace, data_dir: Path) -> int:
    from resume_builder.export.builders import CareerSnapshot
    from resume_builder.services.documents import snapshot_of
    from resume_builder.services.importing.files import describe_plan, plan_import, read_import
    from resume_builder.services.importing.plan import apply_plan
    from resume_builder.storage.repository import Repository, database_path

    source = Path(args.file)
    try:
        parsed = read_import(args.import_kind, source)
    except ValueError as exc:  # ImportFileError and the record rules
        raise CliError(_sentence(exc)) from None
    except OSError as exc:
        raise CliError(f"cannot read {source}: {exc.strerror or exc}") from None
    for warning in parsed.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if args.dry_run:
        if database_path(data_dir).exists():
            snapshot = snapshot_of(Repository.open(data_dir, read_only=True))
        else:
            from resume_builder.domain.models import Profile

            snapshot = CareerSnapshot(profile=Profile())
        plan = plan_import(parsed, snapshot)
        print("\n".join(describe_plan(plan)))
        print("Dry run: nothing was written.")
        return 0
    with Repository.open(data_dir) as repository:
        plan = plan_import(parsed, snapshot_of(repository))
        print("\n".join(describe_plan(plan)))
        try:
            written = apply_plan(plan, repository)
        except ValueError as exc:
            raise CliError(f"{source.name} cannot be imported: {_sentence(exc)}") from None
        newest = repository.backups.list()
    if not written:
        print("Nothing to import: everything in the file is already there.")
    else:
        backup = next((b for b in newest if b.reason == "pre-import"), None)
        where = f" (backup: {backup.path})" if backup else ""
        records = with_count(written, "record", "records")
        print(f"Imported {records} into {data_dir}; the database was backed up first{where}.")
    return 0


def _sentence(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def run() -> None:
    """Entry point of the `resume-builder` scripts."""
    sys.exit(main())


if __name__ == "__main__":
    run()
