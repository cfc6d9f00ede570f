"""`export`: write a résumé, a target's cover letter or the Career Management Document."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from resume_builder.cli import choices
from resume_builder.cli.common import CliError, find_target, open_read_only
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
        help="résumé (default), cover letter (needs --target) or Career Management Document",
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
        default="en",
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
        "-o",
        "--out",
        "--output",
        dest="output",
        metavar="FILE",
        help="where to write (default: a name from the profile, in the current folder)",
    )
    export.add_argument("--list-templates", action="store_true", help="list templates and exit")
    # Set after adding: add_argument would read them at once to check the metavar.
    kind.choices = choices.document_kinds()
    file_format.choices = choices.document_formats()
    template.choices = choices.templates()
    export.set_defaults(handler=_cmd_export)


def _cmd_export(args: argparse.Namespace, data_dir: Path) -> int:
    from resume_builder import paths
    from resume_builder.export.style import StyleError
    from resume_builder.services import documents

    if args.list_templates:
        _list_templates(paths.templates_dir())
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

    repository = open_read_only(data_dir)
    snapshot = documents.snapshot_of(repository)
    target = find_target(repository, args.target) if args.target is not None else None
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


def _list_templates(templates_dir: Path) -> None:
    """The usable templates on stdout; each broken file, with why, on stderr."""
    from resume_builder.export.catalog import load_catalog

    catalog = load_catalog(templates_dir)
    for key, style in catalog.styles.items():
        print(f"{key:<12} {style.description}")
    for broken in catalog.broken:
        print(f"warning: template “{broken.key}” cannot be used: {broken.reason}", file=sys.stderr)


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
