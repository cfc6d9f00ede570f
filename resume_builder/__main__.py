"""Command line: opens the window by default; subcommands serve scripts and checks.

Subcommands never import PySide6, so they start fast and run on machines without a screen.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from resume_builder import APP_NAME, __version__
from resume_builder.storage.errors import StorageError

LIST_KINDS = ("accomplishments", "roles", "skills")


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
        "export", parents=[common], help="write a résumé or the Career Management Document"
    )
    export.add_argument(
        "kind",
        nargs="?",
        default="resume",
        choices=("resume", "cmd"),
        help="résumé (default) or Career Management Document",
    )
    export.add_argument("--format", default="pdf", choices=("pdf", "docx", "md", "txt", "json"))
    export.add_argument(
        "--template", default="classic", help="document style (see --list-templates)"
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
        "--page-size", choices=("A4", "Letter"), help="paper (default: from the system locale)"
    )
    export.add_argument(
        "--pages", type=int, choices=(1, 2), default=2, help="page target of a résumé (default 2)"
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
    tailor.add_argument(
        "--job-file", required=True, metavar="POSTING.txt", help="the job posting as text"
    )
    tailor.add_argument(
        "--top", type=int, default=10, metavar="N", help="how many accomplishments to pick (10)"
    )
    tailor.add_argument("--json", action="store_true", help="print JSON for scripts")
    tailor.set_defaults(handler=_cmd_tailor)

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
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _open_read_only(data_dir: Path):
    from resume_builder.storage.repository import Repository, database_path

    if not database_path(data_dir).exists():
        raise CliError(
            f"there is no database in {data_dir}; run the app once or "
            f"`resume-builder demo --data-dir {data_dir}`"
        )
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
        f"Wrote the demo career to {data_dir}: {counts['role']} roles, "
        f"{counts['accomplishment']} accomplishments, {counts['skill']} skills."
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
    repository = _open_read_only(data_dir)
    snapshot = documents.snapshot_of(repository)
    request = documents.ExportRequest(
        kind=args.kind,
        format=args.format,
        template=args.template,
        language=args.language,
        page_size=args.page_size or documents.default_page_size(),
    )
    request.resume.page_target = args.pages
    name = snapshot.profile.name.strip() or "career"
    default_name = "-".join(name.split()) + ("-CMD" if args.kind == "cmd" else "-Resume")
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
    return 0


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
            state = f"{sum(meta.counts.values())} records"
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
    print(f"Backup written to {target} ({total} records).")
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


def _cmd_tailor(args: argparse.Namespace, data_dir: Path) -> int:
    from resume_builder.services import tailoring
    from resume_builder.services.documents import snapshot_of

    if args.top < 1:
        raise CliError("--top must be at least 1")
    source = Path(args.job_file)
    try:
        posting = source.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise CliError(f"there is no job posting file {source}") from None
    except UnicodeDecodeError:
        raise CliError(f"{source} is not UTF-8 text; save the posting as plain text") from None
    except OSError as exc:
        raise CliError(f"cannot read {source}: {exc.strerror or exc}") from None
    if not posting.strip():
        raise CliError(f"{source} is empty; paste the job posting into it")
    snapshot = snapshot_of(_open_read_only(data_dir))
    index = tailoring.AccomplishmentIndex.build(snapshot)
    requirements = tailoring.extract_requirements(posting, snapshot.skills, index)
    # Scripts get every accomplishment (id and headline) in rank order, the text only the top N.
    ranking = index.rank(requirements)
    ranked_ids = {s.accomplishment_id for s in ranking}
    unranked = [
        tailoring.Suggestion(item.id, item.headline, 0.0, [])
        for item in snapshot.accomplishments
        if item.id not in ranked_ids
    ]
    chosen = ranking[: args.top]
    report = tailoring.coverage(requirements, [s.accomplishment_id for s in chosen], index)
    if args.json:
        json.dump(
            {
                "requirements": [r.to_dict() for r in requirements],
                "top": args.top,
                "ranking": [s.to_dict() for s in ranking + unranked],
                "coverage": report.to_dict(),
            },
            sys.stdout,
            ensure_ascii=False,
            indent=2,
        )
        print()
        return 0
    print(f"Requirements ({len(requirements)}):")
    for r in requirements:
        print(f"  {'MUST' if r.must_have else '    '}  {r.kind:<8} {r.term}  (×{r.count})")
    if not requirements:
        print("  none found: is the posting in English or Swedish?")
    print(f"\nBest {len(chosen)} of {len(snapshot.accomplishments)} accomplishments:")
    for number, s in enumerate(chosen, 1):
        print(f"{number:>3}. {s.score:7.2f}  {s.headline}")
        print(f"              matches: {', '.join(s.matched)}")
    if not chosen:
        print("  none matches the posting")
    print(f"\nCoverage of the top {len(chosen)}: {report.score}/100")
    print(f"  covered: {', '.join(r.term for r in report.covered) or '-'}")
    print(f"  missing: {', '.join(r.term for r in report.missing) or '-'}")
    for r in report.missing:
        for s in report.suggestions.get(r.term, []):
            print(f"    {r.term}: would be closed by “{s.headline}”")
    return 0


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
        print(
            f"Imported {written} records into {data_dir}; the database was backed up first{where}."
        )
    return 0


def _sentence(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def run() -> None:
    """Entry point of the `resume-builder` scripts."""
    sys.exit(main())


if __name__ == "__main__":
    run()
