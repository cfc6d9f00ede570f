"""Exporting documents: snapshot the records, build the tree, render it, report the fit.

`export_document` is a generator that yields progress and returns the result, so the window
can run it on a worker thread with a progress bar and a Cancel button, and the command line
can simply run it to the end. Files are written atomically: a cancelled or failed export
leaves no half-written file behind.
"""

from __future__ import annotations

import io
import locale as system_locale
import os
from collections.abc import Generator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from resume_builder.domain.look import DocumentLook
from resume_builder.domain.models import RECORD_TYPES
from resume_builder.domain.options import LetterOptions, ResumeOptions
from resume_builder.domain.preferences import PAPER_SIZES
from resume_builder.domain.snapshot import CareerSnapshot
from resume_builder.export.builders import (
    build_career_document,
    build_cover_letter,
    build_resume,
)
from resume_builder.export.builders.resume import ResumeContent
from resume_builder.export.catalog import load_catalog
from resume_builder.export.document import Document
from resume_builder.export.style import Style, apply_look
from resume_builder.services.fit_report import (
    FitReport,
    describe_items,
    fit_cuts,
    reported,
)
from resume_builder.services.fitting import (
    Drafts,
    count_pages,  # noqa: F401 - callers and tests read it from here
    fewest_to_drop,
    fill_past_budget,
    options_leaving_out,
    past_budget,
    refill,
)

KINDS = ("resume", "cmd", "letter")
FORMATS = ("pdf", "docx", "md", "txt", "json")
PAGE_SIZES = PAPER_SIZES
#: territories that print on US Letter; everyone else uses A4
LETTER_TERRITORIES = {"US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "PR", "CR", "SV", "PA", "DO"}


#: the file ending of each format
EXTENSIONS = {"pdf": "pdf", "docx": "docx", "md": "md", "txt": "txt", "json": "json"}
#: every ending a typed file name may carry, and the format it stands for
_FORMAT_OF_ENDING = {**{ext: fmt for fmt, ext in EXTENSIONS.items()}, "markdown": "md"}
#: why a document would show nothing ("what_is_missing"), and what to add first
EMPTY_RESUME, EMPTY_CMD, EMPTY_LETTER = "resume", "cmd", "letter"
EMPTY_SENTENCES = {
    EMPTY_RESUME: "the résumé has nothing to show yet: add a role, your education or a summary "
    "first",
    EMPTY_CMD: "the Career Management Document has nothing to show yet: add a role or an "
    "accomplishment first",
    EMPTY_LETTER: "the cover letter has no text yet: draft it from its template or write it first",
}


#: said when the look asks for the photo and the profile has none
NO_PHOTO_WARNING = (
    "the look asks for a photo, but the profile has none: the résumé was made without one"
)


class ExportCancelled(Exception):
    """The user cancelled; nothing was written."""


class ExportError(Exception):
    """An export that cannot be done; the message says why."""


class FormatNotOffered(ExportError):
    """A typed file name asks for a format the document cannot be written as."""

    def __init__(self, fmt: str, offered: Sequence[str]):
        super().__init__(
            f"this document cannot be saved as “.{EXTENSIONS[fmt]}”; choose one of: "
            + ", ".join(f".{EXTENSIONS[f]}" for f in offered)
        )
        self.format = fmt


class NothingToShow(ExportError):
    """The document would be a blank page; `reason` is one of the EMPTY_* keys."""

    def __init__(self, reason: str):
        super().__init__(EMPTY_SENTENCES[reason])
        self.reason = reason


@dataclass
class ExportRequest:
    """What to export, how and where."""

    kind: str = "resume"  # "resume", "cmd" or "letter"
    format: str = "pdf"
    template: str = "classic"
    language: str = "en"
    page_size: str = "A4"
    output: Path | None = None  # None: render in memory only (the preview)
    resume: ResumeOptions = field(default_factory=ResumeOptions)
    letter: LetterOptions = field(default_factory=lambda: LetterOptions(text=""))
    #: this export's changes to the template (font, accent, margins, density, section order)
    look: DocumentLook = field(default_factory=DocumentLook)


@dataclass
class ExportResult:
    """What an export produced."""

    path: Path | None
    data: bytes
    pages: int | None
    fit: FitReport | None
    warnings: list[str]


def file_and_format(typed: str | Path, chosen: str, offered: Sequence[str] = FORMATS):
    """The file a typed name stands for and the format to write it in: (path, format).

    A name that ends in a format's extension picks that format, whatever was chosen
    before ("cmd.pdf" after a Word export is a PDF); any other name gets the chosen
    format's extension, so a name never ends in two ("cmd.pdf.docx").

    Raises:
        FormatNotOffered: the typed extension is a format this document cannot take.

    """
    path = Path(typed)
    fmt = _FORMAT_OF_ENDING.get(path.suffix.lower().lstrip("."))
    if fmt is not None:
        if fmt not in offered:
            raise FormatNotOffered(fmt, offered)
        return path, fmt
    # "cv." or "cv " would become "cv..pdf": Windows drops trailing dots and spaces anyway.
    stem = path.name.rstrip(". ") or path.name
    return path.with_name(f"{stem}.{EXTENSIONS[chosen]}"), chosen


def what_is_missing(request: ExportRequest, snapshot: CareerSnapshot, document=None) -> str | None:
    """Why the requested document would show nothing (an EMPTY_* key), or None.

    A résumé is empty when no section would be printed: no summary, no shown role and no
    background record, only a name. A Career Management Document is the record of roles and
    accomplishments, so it is empty without both. A letter is empty without its text.
    `document` is the résumé's tree when the caller has built it already.
    """
    if request.kind == "cmd":
        return None if snapshot.roles or snapshot.accomplishments else EMPTY_CMD
    if request.kind == "letter":
        return None if request.letter.text.strip() else EMPTY_LETTER
    if document is None:
        options = request.resume
        summary = snapshot.profile.summary if options.summary is None else options.summary
        # A shown role or a summary is a section: no need to build (and rank) the résumé.
        if summary.strip() or any(r.id not in options.hidden_role_ids for r in snapshot.roles):
            return None
        options = replace(options, language=request.language)
        document = build_resume(snapshot, Style(), options).document
    return None if document.sections else EMPTY_RESUME


def default_page_size() -> str:
    """Letter where the system locale's territory prints on it, A4 elsewhere."""
    for name in ("LC_PAPER", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if "_" in value:
            territory = value.split("_", 1)[1][:2].upper()
            return "Letter" if territory in LETTER_TERRITORIES else "A4"
    code = (system_locale.getlocale()[0] or "") if hasattr(system_locale, "getlocale") else ""
    if "_" in code:
        return "Letter" if code.split("_", 1)[1][:2].upper() in LETTER_TERRITORIES else "A4"
    return "A4"


def snapshot_of(repository) -> CareerSnapshot:
    """Copies every record out of a repository (or a CareerStore) into a snapshot."""
    records = []
    for record_type in RECORD_TYPES:
        if hasattr(repository, "records"):
            records.extend(repository.records(record_type))
        else:
            records.extend(repository.all(record_type))
    return CareerSnapshot.from_records(records)


def load_template(templates_dir: Path, key: str) -> Style:
    """A template by key, read through the template catalog.

    Raises:
        StyleError: the template's file is broken; the message says which file and why.
        ExportError: there is no template of that key; the message lists the usable ones.

    """
    catalog = load_catalog(templates_dir)
    if key not in catalog and catalog.broken_template(key) is None:
        raise ExportError(catalog.unknown_sentence(key))
    return catalog.require(key)


def build(request: ExportRequest, snapshot: CareerSnapshot, style: Style):
    """The document tree for a request, and the résumé's removable bullets (or [])."""
    if request.kind == "cmd":
        return build_career_document(snapshot, style, request.language), []
    if request.kind == "letter":
        request.letter.language = request.language
        return build_cover_letter(snapshot, style, request.letter), []
    content = resume_content(request, snapshot, style)
    return content.document, content.removable


def resume_content(request: ExportRequest, snapshot: CareerSnapshot, style: Style) -> ResumeContent:
    """The résumé a request asks for, in its language, with what fitting may cut and why."""
    request.resume.language = request.language
    # Paper formats are fitted to their page target, which decides how many bullets a role
    # shows; text and JSON carry the budgeted choice.
    request.resume.offer_past_budget = request.format in ("pdf", "docx")
    return build_resume(snapshot, style, request.resume)


def render(
    document: Document,
    style: Style,
    fmt: str,
    page_size: str,
    snapshot=None,
    selected=None,
    layout=None,
    pages: int | None = None,
):
    """Renders a tree into bytes of a format; returns (bytes, pages or None, warnings).

    `layout` is the line breaks a fit's drafts found (`render_pdf.LayoutCache`), for a PDF;
    `pages` the pages a fit counted, for a DOCX (one page: no running footer).
    """
    buffer = io.BytesIO()
    if fmt == "pdf":
        from resume_builder.export.render_pdf import render_pdf

        report = render_pdf(document, style, buffer, page_size=page_size, layout=layout)
        return buffer.getvalue(), report.pages, list(report.warnings)
    if fmt == "docx":
        from resume_builder.export.render_docx import render_docx

        report = render_docx(document, style, buffer, page_size=page_size, pages=pages)
        return buffer.getvalue(), None, list(report.warnings)
    if fmt == "md":
        from resume_builder.export.render_text import render_markdown

        return render_markdown(document).encode("utf-8"), None, []
    if fmt == "txt":
        from resume_builder.export.render_text import render_plain_text

        return render_plain_text(document).encode("utf-8"), None, []
    if fmt == "json":
        from resume_builder.export.json_resume import to_json_resume, write_json_resume

        write_json_resume(to_json_resume(snapshot, selected_ids=selected), buffer)
        return buffer.getvalue(), None, []
    raise ExportError(f"unknown format “{fmt}”; choose one of: {', '.join(FORMATS)}")


def export_document(
    request: ExportRequest, snapshot: CareerSnapshot, templates_dir: Path
) -> Generator[tuple[float, str], bool | None, ExportResult]:
    """Exports step by step, yielding (fraction done, what is happening).

    Send True into the generator (or call .close()) to cancel between steps.
    """
    if request.kind not in KINDS:
        raise ExportError(f"unknown document “{request.kind}”; choose one of: {', '.join(KINDS)}")
    if request.format not in FORMATS:
        raise ExportError(f"unknown format “{request.format}”; choose one of: {', '.join(FORMATS)}")
    if request.page_size not in PAGE_SIZES:
        raise ExportError(f"unknown page size “{request.page_size}”; choose A4 or Letter")
    if request.kind == "letter" and request.format == "json":
        raise ExportError(
            "a cover letter cannot be exported as JSON, which holds a JSON Resume; "
            "choose PDF, DOCX, Markdown or plain text"
        )
    style = apply_look(load_template(templates_dir, request.template), request.look)
    if (yield 0.1, "Building the document"):
        raise ExportCancelled
    content: ResumeContent | None = None
    if request.kind == "resume":
        content = resume_content(request, snapshot, style)
        document, removable = content.document, content.removable
    else:
        document, removable = build(request, snapshot, style)
    # A blank page would still "fit" its page target: say what to add instead.
    missing = what_is_missing(request, snapshot, document if request.kind == "resume" else None)
    if missing is not None:
        raise NothingToShow(missing)
    selected = request.resume.selected_ids if request.kind == "resume" else None
    fit = None
    layout = None  # the line breaks the fit's drafts found, for the PDF made at the end
    # Pages only mean something on paper: text and JSON exports carry the whole choice.
    if (
        content is not None
        and request.resume.page_target is not None
        and request.format in ("pdf", "docx")
    ):
        # Drafts are only counted: the one PDF made is the chosen résumé's, below, and a
        # DOCX export (which paginates as the PDF does) makes none at all.
        drafts = Drafts(request.resume, snapshot, style, request.page_size)
        layout = drafts.layout
        today = request.resume.today
        automatic = selected is None or request.resume.fit_choice
        # The bullets past each role's budget lead the removable items: the résumé without
        # them is the first draft, and they come back only to fill room (fitting.py).
        spare = removable[: past_budget(content)] if automatic else []
        pages = drafts.pages(spare) if spare else drafts.count(document)
        fit = FitReport(
            pages=pages,
            target=request.resume.page_target,
            cuts=fit_cuts(content, spare, today, request.language),
        )
        left_out: list[str] | None = None
        if fit.fits:
            if spare:
                left_out = fill_past_budget(drafts, spare, spare, content.why)
        else:
            if (yield 0.4, "Fitting the page target"):
                raise ExportCancelled
            count = fewest_to_drop(drafts, removable, start=len(spare))
            if count is None and automatic and removable:
                # The target cannot be reached: the best attempt is the one with every optional
                # part left out, so a smaller target never gives more pages than a larger one.
                if drafts.pages(removable) < pages:
                    left_out = list(removable)
            elif count is not None and automatic:
                # An automatic choice fits itself, fills the room its cuts freed, and reports
                # what it left out and why.
                cut = removable[len(spare) : count]
                left_out = spare + refill(drafts, cut, content.why, also_out=spare)
                left_out = fill_past_budget(drafts, left_out, spare, content.why)
            elif count is not None:
                fit.would_drop = describe_items(
                    snapshot, reported(content, removable[:count]), request.language
                )
        if left_out is not None:
            names = describe_items(snapshot, reported(content, left_out), request.language)
            cuts = fit_cuts(content, left_out, today, request.language)
            request.resume = options_leaving_out(request.resume, left_out)
            document, _ = build(request, snapshot, style)
            fit = FitReport(
                pages=drafts.pages(left_out), target=fit.target, left_out=names, cuts=cuts
            )
    if (yield 0.7, "Typesetting"):
        raise ExportCancelled
    data, pages, warnings = render(
        document,
        style,
        request.format,
        request.page_size,
        snapshot,
        selected,
        layout,
        pages=fit.pages if fit is not None else None,
    )
    if fit is not None:
        pages = fit.pages
    if request.format in ("pdf", "docx"):
        warnings = _with_glyph_report(document, style, request.format, warnings)
        if request.kind == "resume" and request.look.photo and snapshot.photo is None:
            # A target may remember the photo after it was removed from the profile.
            warnings.append(NO_PHOTO_WARNING)
    if request.output is not None:
        if (yield 0.9, "Writing the file"):
            raise ExportCancelled
        from resume_builder.storage.atomic import atomic_write_bytes

        try:
            atomic_write_bytes(Path(request.output), data)
        except OSError as exc:
            raise ExportError(f"could not write {request.output}: {exc.strerror or exc}") from None
    yield 1.0, "Done"
    return ExportResult(request.output, data, pages, fit, warnings)


def _with_glyph_report(document: Document, style: Style, fmt: str, warnings: list[str]):
    """The renderer's warnings, its summary of characters without a glyph replaced by the
    report per field (which record field holds what, and how it prints).
    """
    from resume_builder.services.glyphs import glyph_warnings

    by_field = glyph_warnings(document, style, fmt)
    if not by_field:
        return warnings
    from resume_builder.export.render_pdf.markup import GLYPH_WARNING_START

    return by_field + [w for w in warnings if not w.startswith(GLYPH_WARNING_START)]


def run_to_end(generator: Generator) -> ExportResult:
    """Runs an export generator without a progress display and returns its result."""
    try:
        while True:
            next(generator)
    except StopIteration as stop:
        return stop.value
