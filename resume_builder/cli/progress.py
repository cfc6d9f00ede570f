"""`update-note`, and the brief and progress pack that `export brief|progress` writes."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from resume_builder.cli.common import CliError, find_target, open_read_only
from resume_builder.export.locale import LANGUAGES

#: the documents `export` hands to this module
CONVERSATION_KINDS = ("brief", "progress")


def add_parser(commands, common: argparse.ArgumentParser) -> None:
    """`update-note [--since DATE] [--lang LANG]`."""
    note = commands.add_parser(
        "update-note",
        parents=[common],
        help="print a short progress update to paste into an e-mail to your manager",
        description="Print a plain-text update: a greeting, three to five bullets of progress "
        "(the period's highest-impact accomplishments and the actions done) and what is next. "
        "The period starts at the last career conversation, else at the start of the quarter.",
    )
    note.add_argument("--since", metavar="DATE", help="start of the period (default: see above)")
    note.add_argument(
        "--lang",
        "--language",
        dest="language",
        choices=list(LANGUAGES),
        help="language of the note (default: the documents' language, else en)",
    )
    note.set_defaults(handler=_cmd_update_note)


def _cmd_update_note(args: argparse.Namespace, data_dir: Path) -> int:
    from resume_builder.services import briefs, progress

    repository = open_read_only(data_dir)
    records = briefs.conversation_records(repository)
    today = date.today()
    try:
        if args.since:
            period = progress.period_between(args.since, None, today)
        else:
            period = progress.default_period(records.meetings, today)
    except progress.PeriodError as exc:
        raise CliError(f"--since: {exc}") from None
    language = args.language or _settings(data_dir, None).language
    sys.stdout.write(progress.update_note(records, period, language=language, today=today))
    return 0


def _settings(data_dir: Path, args: argparse.Namespace | None):
    """Template, language and paper: the options given, else Preferences, else defaults."""
    from resume_builder import paths
    from resume_builder.export.catalog import load_catalog
    from resume_builder.services import exports
    from resume_builder.services.preferences import load_preferences

    chosen = exports.ExportChoices(
        template=getattr(args, "template", None),
        language=getattr(args, "language", None),
        page_size=getattr(args, "page_size", None),
    )
    settings = exports.export_settings(
        "brief",
        preferences=load_preferences(data_dir),
        catalog=load_catalog(paths.templates_dir()),
        chosen=chosen,
    )
    for note in settings.notes:
        print(f"warning: {note}", file=sys.stderr)
    return settings


def export_conversation_document(args: argparse.Namespace, data_dir: Path) -> int:
    """`export brief --meeting ID | --target NAME` and `export progress --from --to [--by]`."""
    from resume_builder import paths
    from resume_builder.export.locale import with_count
    from resume_builder.export.style import StyleError
    from resume_builder.services import briefs, documents, progress
    from resume_builder.services.exports import safe_file_stem

    repository = open_read_only(data_dir)
    records = briefs.conversation_records(repository)
    settings = _settings(data_dir, args)
    today = date.today()
    name = records.career.profile.name.strip() or "Career"
    if args.kind == "brief":
        request = _brief_request(args, repository, records)
        stem = f"{name} - Brief"
        job = briefs.export_brief
    else:
        request = _progress_request(args, records, today)
        stem = f"{name} - Progress"
        job = progress.export_progress
    request.template = settings.template
    request.language = settings.language
    request.page_size = settings.page_size
    request.today = today
    request.records = records
    output = Path(args.output) if args.output else Path(f"{safe_file_stem(stem)}.{args.format}")
    request.output = output
    try:
        result = documents.run_to_end(job(request, None, paths.templates_dir()))
    except (documents.ExportError, StyleError) as exc:
        raise CliError(str(exc)) from None
    except OSError as exc:
        raise CliError(f"could not export to {output}: {exc.strerror or exc}") from None
    pages = f" ({with_count(result.pages, 'page', 'pages')})" if result.pages else ""
    print(f"Wrote {result.path}{pages}.")
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    return 0


def _brief_request(args, repository, records):
    from resume_builder.services import briefs

    if args.format not in briefs.PAPER_FORMATS:
        raise CliError(f"a brief is written as pdf or docx, not {args.format}")
    if bool(args.meeting) == bool(args.target):
        raise CliError("give either --meeting ID or --target NAME for the brief")
    request = briefs.BriefRequest(format=args.format)
    if args.meeting:
        try:
            request.meeting_id = briefs.find_meeting(records.meetings, args.meeting).id
        except briefs.BriefError as exc:
            raise CliError(f"{exc} (`resume-builder meeting list` shows the meetings)") from None
    else:
        request.target_id = find_target(repository, args.target).id
    return request


def _progress_request(args, records, today: date):
    from resume_builder.services import progress

    if args.format not in progress.PROGRESS_FORMATS:
        raise CliError(f"a progress pack is written as pdf, docx or txt, not {args.format}")
    if args.meeting or args.target:
        raise CliError("--meeting and --target go with `export brief`, not the progress pack")
    try:
        if args.date_from:
            period = progress.period_between(args.date_from, args.date_to, today)
        elif args.date_to:
            raise CliError("--to needs --from")
        else:
            period = progress.default_period(records.meetings, today)
    except progress.PeriodError as exc:
        raise CliError(str(exc)) from None
    return progress.ProgressRequest(
        start=period.start, end=period.end, by=args.by or "action", format=args.format
    )
