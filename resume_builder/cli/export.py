"""`export`: write a résumé, a target's cover letter, the Career Management Document, a
meeting's brief or a progress pack (those two are written by cli/progress.py).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from resume_builder.cli import choices
from resume_builder.cli.common import CliError, find_target, open_read_only
from resume_builder.cli.progress import CONVERSATION_KINDS, export_conversation_document
from resume_builder.domain.look import DENSITIES, FONTS, MARGINS, SECTION_KEYS, LookError
from resume_builder.domain.preferences import PAGE_TARGETS, PAPER_SIZES
from resume_builder.export.locale import LANGUAGES
from resume_builder.storage.errors import StorageError


def add_parser(commands, common: argparse.ArgumentParser) -> None:
    """`export [KIND] [--target NAME] [--format …] …`."""
    export = commands.add_parser(
        "export",
        parents=[common],
        help="write a résumé, a cover letter or the Career Management Document",
        description="Write a résumé, a target's cover letter or the Career Management Document. "
        "With --target, the résumé or letter is the one cut for that job posting, and the "
        "export is recorded on the target.",
    )
    kind = export.add_argument(
        "kind",
        nargs="?",
        default="resume",
        help="résumé (default), cover letter (needs --target), Career Management Document, "
        "brief (with --meeting or --target) or progress (with --from/--to)",
    )
    export.add_argument(
        "--target",
        metavar="NAME",
        help="the target (job posting) to cut the résumé or letter for; see `target list`",
    )
    file_format = export.add_argument(
        "--format",
        default="pdf",
        help="file format (default pdf; json is a JSON Resume, so not for a letter)",
    )
    template = export.add_argument(
        "--template",
        help="document style (see --list-templates; default: the one chosen in Preferences)",
    )
    export.add_argument(
        "--lang",
        "--language",
        dest="language",
        choices=list(LANGUAGES),
        help="document language (default en): "
        + ", ".join(f"{code} {name}" for code, name in LANGUAGES.items()),
    )
    export.add_argument(
        "--page-size",
        choices=PAPER_SIZES,
        help="paper (default: Preferences' choice, else from the system locale)",
    )
    export.add_argument(
        "--pages",
        type=int,
        choices=PAGE_TARGETS,
        metavar=f"{{{PAGE_TARGETS.start}-{PAGE_TARGETS.stop - 1}}}",
        help="page target of a résumé (default: Preferences' choice, or the target's with "
        "--target)",
    )
    export.add_argument(
        "--include-expired",
        action="store_true",
        help="list certificates that have expired on a résumé too (left out by default; "
        "the Career Management Document always lists them, marked as expired)",
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
    look = export.add_argument_group(
        "look",
        "changes to the template for this export; with --target they are remembered on the "
        "target and its next export starts from them. “template” goes back to the template's own.",
    )
    look.add_argument(
        "--font", choices=(*FONTS, TEMPLATE_WORD), help="the font family: " + " or ".join(FONTS)
    )
    look.add_argument(
        "--accent",
        metavar="COLOUR",
        help="the colour of the name, headings and rules, as #rrggbb (e.g. #1f5fbf)",
    )
    look.add_argument(
        "--margins", choices=(*MARGINS, TEMPLATE_WORD), help="narrow or wide page margins"
    )
    look.add_argument(
        "--density",
        choices=(*DENSITIES, TEMPLATE_WORD),
        help="compact (tighter lines and spaces) or roomy",
    )
    look.add_argument(
        "--section-order",
        metavar="SECTIONS",
        help="sections to put first, comma-separated (e.g. summary,skills,experience); the "
        "others follow in the template's order. Sections: " + ", ".join(SECTION_KEYS),
    )
    photo = look.add_mutually_exclusive_group()
    photo.add_argument(
        "--photo",
        dest="photo",
        action="store_true",
        default=None,
        help="show the profile photo beside the name (a résumé as PDF or DOCX; off by default: "
        "many applicant-tracking systems and US employers prefer a résumé without a photo)",
    )
    photo.add_argument(
        "--no-photo", dest="photo", action="store_false", default=None, help="no photo"
    )
    conversations = export.add_argument_group("brief and progress pack")
    conversations.add_argument(
        "--meeting", metavar="ID", help="brief: the meeting to prepare (see `meeting list`)"
    )
    conversations.add_argument(
        "--from", dest="date_from", metavar="DATE", help="progress: start of the period"
    )
    conversations.add_argument(
        "--to", dest="date_to", metavar="DATE", help="progress: end of the period (default today)"
    )
    conversations.add_argument(
        "--by",
        choices=("action", "skill", "role"),
        help="progress: group by the agreed actions (default), by skill or by role",
    )
    # Set after adding: add_argument would read them at once to check the metavar.
    kind.choices = choices.CatalogChoices(lambda: (*choices.document_kinds(), *CONVERSATION_KINDS))
    file_format.choices = choices.document_formats()
    template.choices = choices.templates()
    export.set_defaults(handler=_cmd_export)


def _cmd_export(args: argparse.Namespace, data_dir: Path) -> int:
    from resume_builder import paths
    from resume_builder.export.style import StyleError
    from resume_builder.services import documents, exports

    if args.list_templates:
        _list_templates(paths.templates_dir())
        return 0
    if args.kind in CONVERSATION_KINDS:
        return export_conversation_document(args, data_dir)
    if args.meeting or args.date_from or args.date_to or args.by:
        raise CliError(
            "--meeting, --from, --to and --by go with `export brief` or `export progress`"
        )
    try:
        exports.check_kind(args.kind, args.target is not None)
    except exports.TargetTakesNoCmd:
        raise CliError(
            "--target goes with a résumé or a cover letter, not the Career Management Document"
        ) from None
    except exports.LetterNeedsTarget:
        raise CliError(
            "a cover letter is written for one job posting: add --target NAME "
            "(`resume-builder target list` shows the targets)"
        ) from None
    from resume_builder.export.catalog import load_catalog
    from resume_builder.services.preferences import load_preferences

    repository = open_read_only(data_dir)
    snapshot = documents.snapshot_of(repository)
    if args.photo:
        _check_photo(args, snapshot)
    target = find_target(repository, args.target) if args.target is not None else None
    try:
        settings = exports.export_settings(
            args.kind,
            # The window's Preferences decide what the command line leaves open.
            preferences=load_preferences(data_dir),
            catalog=load_catalog(paths.templates_dir()),
            chosen=exports.ExportChoices(
                template=args.template,
                language=args.language,
                page_size=args.page_size,
                page_target=args.pages,
                look=look_choices(args),
            ),
            target=target,
        )
    except LookError as exc:
        raise CliError(str(exc)) from None
    for note in settings.notes:
        print(f"warning: {note}", file=sys.stderr)
    stem = exports.file_stem(snapshot.profile.name, args.kind, target)
    request = exports.export_request(
        args.kind,
        args.format,
        settings,
        output=Path(args.output or f"{stem}.{documents.EXTENSIONS[args.format]}"),
        target=target,
        snapshot=snapshot,
    )
    request.resume.include_expired = args.include_expired
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
        _record_export(data_dir, target, request, result)
    return 0


#: the word that asks for the template's own value of a look's choice
TEMPLATE_WORD = "template"


def look_choices(args: argparse.Namespace) -> dict[str, object]:
    """The look's choices given on the command line, by field ("" for the template's own)."""
    choices: dict[str, object] = {}
    for name in ("font", "accent", "margins", "density"):
        value = getattr(args, name, None)
        if value is not None:
            value = value.strip()
            choices[name] = "" if value.lower() == TEMPLATE_WORD else value
    photo = getattr(args, "photo", None)
    if photo is not None:
        choices["photo"] = photo
    order = getattr(args, "section_order", None)
    if order is not None:
        names = [part.strip().lower() for part in order.split(",") if part.strip()]
        choices["section_order"] = [] if names == [TEMPLATE_WORD] else names
    return choices


def _check_photo(args: argparse.Namespace, snapshot) -> None:
    """Raises CliError when --photo cannot be done: not a résumé, or no photo to show."""
    if args.kind != "resume":
        raise CliError("--photo goes with a résumé, not with this document")
    if args.format not in ("pdf", "docx"):
        raise CliError("--photo goes with a PDF or DOCX résumé; Markdown and text show no photo")
    if snapshot.photo is None:
        raise CliError(
            "--photo asks for the profile photo, but the profile has none: choose one on the "
            "Profile page (Choose Photo…) or with `resume-builder photo set FILE`"
        )


def _list_templates(templates_dir: Path) -> None:
    """The usable templates on stdout; each broken file, with why, on stderr."""
    from resume_builder.export.catalog import load_catalog

    catalog = load_catalog(templates_dir)
    for key, style in catalog.styles.items():
        print(f"{key:<12} {style.description}")
    for broken in catalog.broken:
        print(f"warning: template “{broken.key}” cannot be used: {broken.reason}", file=sys.stderr)


def _record_export(data_dir: Path, target, request, result) -> None:
    """Adds an export to the target's history; the file stands even when that cannot be done."""
    from resume_builder.domain.models import Target
    from resume_builder.services.exports import record_export
    from resume_builder.storage.errors import LockedError
    from resume_builder.storage.repository import Repository

    label = target.label()
    try:
        with Repository.open(data_dir) as repository:
            updated = record_export(
                lambda target_id: repository.get(Target, target_id), target.id, request, result
            )
            if updated is None:
                print(
                    f"note: the export was not recorded: target “{label}” was deleted meanwhile.",
                    file=sys.stderr,
                )
                return
            repository.put(updated)
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
