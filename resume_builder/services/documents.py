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
    SECTION_PREFIX,
    build_career_document,
    build_cover_letter,
    build_resume,
)
from resume_builder.export.builders.resume import (
    SKILLS_ONE_LINE,
    WHY_WEIGHT,
    ResumeContent,
)
from resume_builder.export.catalog import load_catalog
from resume_builder.export.document import Document
from resume_builder.export.style import Style, apply_look
from resume_builder.services.fit_report import (
    FitReport,
    describe_items,
    fit_cuts,
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
    return build_resume(snapshot, style, request.resume)


def render(
    document: Document, style: Style, fmt: str, page_size: str, snapshot=None, selected=None
):
    """Renders a tree into bytes of a format; returns (bytes, pages or None, warnings)."""
    buffer = io.BytesIO()
    if fmt == "pdf":
        from resume_builder.export.render_pdf import render_pdf

        report = render_pdf(document, style, buffer, page_size=page_size)
        return buffer.getvalue(), report.pages, list(report.warnings)
    if fmt == "docx":
        from resume_builder.export.render_docx import render_docx

        report = render_docx(document, style, buffer, page_size=page_size)
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


def count_pages(document: Document, style: Style, page_size: str) -> int:
    """How many pages the document takes when typeset (the PDF renderer decides; the pages
    are laid out and counted, no PDF is made).
    """
    from resume_builder.export.render_pdf import render_pdf

    return render_pdf(document, style, None, page_size=page_size, count_only=True).pages


def _typeset(
    document: Document, style: Style, page_size: str, keep: bool = True
) -> tuple[bytes, int, list[str]]:
    """The document as PDF: (bytes, pages, warnings); with `keep` False only its pages are
    counted (no bytes, no warnings), for an export that will not use this PDF.
    """
    if not keep:
        return b"", count_pages(document, style, page_size), []
    from resume_builder.export.render_pdf import render_pdf

    buffer = io.BytesIO()
    report = render_pdf(document, style, buffer, page_size=page_size)
    return buffer.getvalue(), report.pages, list(report.warnings)


#: how many left-out items the refill tries to put back (each try is a typesetting)
REFILL_TRIES = 24


def refill(
    request: ExportRequest,
    snapshot: CareerSnapshot,
    style: Style,
    dropped: list[str],
    why: dict[str, str] | None = None,
) -> list[str]:
    """What may stay left out once the room the cuts freed is filled again.

    Cutting the least important items until the target is reached overshoots: the last item
    cut may leave most of a page empty. Each left-out item, the most important first, is put
    back while the résumé still reaches its target. With `why` (item -> a WHY_* key), nothing
    lighter (WHY_WEIGHT) is put back while something heavier stays out: a short old bullet
    does not return where a recent role's third did not fit, nor full skills lines where a
    bullet did not. Returns the items still left out, in their original order.
    """
    left_out = list(dropped)
    weight_of = (lambda item: WHY_WEIGHT.get(why.get(item, ""), 0)) if why else (lambda _: 0)
    heaviest_out = -1  # the weight of the heaviest item that stays out
    tries = 0
    for item in reversed(dropped):
        if weight_of(item) < heaviest_out:
            continue
        if tries == REFILL_TRIES:
            break
        tries += 1
        trial = [kept for kept in left_out if kept != item]
        if fits_target(request, snapshot, style, trial):
            left_out = trial
        else:
            heaviest_out = max(heaviest_out, weight_of(item))
    return left_out


def fits_target(
    request: ExportRequest, snapshot: CareerSnapshot, style: Style, dropped: list[str]
) -> bool:
    """Whether the résumé reaches its page target with these removable items left out (one
    typeset draft).
    """
    document = build_resume(snapshot, style, options_leaving_out(request.resume, dropped))
    return count_pages(document.document, style, request.page_size) <= request.resume.page_target


def options_leaving_out(options: ResumeOptions, dropped: list[str]) -> ResumeOptions:
    """The résumé options with the given removable items left out."""
    sections = {d[len(SECTION_PREFIX) :] for d in dropped if d.startswith(SECTION_PREFIX)}
    ids = {d for d in dropped if not d.startswith(SECTION_PREFIX) and d != SKILLS_ONE_LINE}
    changed = replace(options, omitted_sections=options.omitted_sections | sections)
    changed.compact_skills = options.compact_skills or SKILLS_ONE_LINE in dropped
    # Certificates are left out by id whether or not the bullets were chosen.
    changed.omitted_ids = options.omitted_ids | ids
    if options.selected_ids is not None:
        changed.selected_ids = [i for i in options.selected_ids if i not in ids]
    return changed


def fewest_to_drop(
    request: ExportRequest, snapshot: CareerSnapshot, style: Style, removable: list[str]
) -> int | None:
    """How many of the removable items (least important first) must go to reach the page
    target, found by bisection over typeset drafts; None when even all of them are not enough.
    """

    def fits_without(count: int) -> bool:
        return fits_target(request, snapshot, style, removable[:count])

    if request.resume.page_target is None or not removable:
        return None
    # Every draft is a full typesetting, so "does leaving out all of them fit?" is only asked
    # when no smaller count was found to fit.
    low, high = 1, len(removable)
    found = False
    while low < high:
        middle = (low + high) // 2
        if fits_without(middle):
            high, found = middle, True
        else:
            low = middle + 1
    return low if found or fits_without(low) else None


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
    # The last PDF typeset to count pages, kept so a PDF export need not typeset it again.
    typeset: tuple[Document, tuple[bytes, int, list[str]]] | None = None
    # A DOCX export needs the PDF's page count to fit, never its bytes.
    keep = request.format == "pdf"
    # Pages only mean something on paper: text and JSON exports carry the whole choice.
    if (
        content is not None
        and request.resume.page_target is not None
        and request.format in ("pdf", "docx")
    ):
        typeset = (document, _typeset(document, style, request.page_size, keep))
        pages = typeset[1][1]
        today = request.resume.today
        fit = FitReport(
            pages=pages,
            target=request.resume.page_target,
            cuts=fit_cuts(content, [], today, request.language),
        )
        if not fit.fits:
            if (yield 0.4, "Fitting the page target"):
                raise ExportCancelled
            count = fewest_to_drop(request, snapshot, style, removable)
            automatic = selected is None or request.resume.fit_choice
            if count is None and automatic and removable:
                # The target cannot be reached: the best attempt is the one with every optional
                # part left out, so a smaller target never gives more pages than a larger one.
                attempt = options_leaving_out(request.resume, removable)
                shorter, _ = build(replace(request, resume=attempt), snapshot, style)
                shorter_typeset = _typeset(shorter, style, request.page_size, keep)
                if shorter_typeset[1] < typeset[1][1]:
                    names = describe_items(snapshot, removable, request.language)
                    cuts = fit_cuts(content, removable, today, request.language)
                    request.resume = attempt
                    document, removable = shorter, []
                    typeset = (document, shorter_typeset)
                    fit = FitReport(
                        pages=shorter_typeset[1], target=fit.target, left_out=names, cuts=cuts
                    )
            elif count is not None:
                if automatic:
                    # An automatic choice fits itself, fills the room its cuts freed, and
                    # reports what it left out and why.
                    left_out = refill(request, snapshot, style, removable[:count], content.why)
                    names = describe_items(snapshot, left_out, request.language)
                    cuts = fit_cuts(content, left_out, today, request.language)
                    request.resume = options_leaving_out(request.resume, left_out)
                    document, removable = build(request, snapshot, style)
                    typeset = (document, _typeset(document, style, request.page_size, keep))
                    fit = FitReport(
                        pages=typeset[1][1], target=fit.target, left_out=names, cuts=cuts
                    )
                else:
                    fit.would_drop = describe_items(snapshot, removable[:count], request.language)
    if (yield 0.7, "Typesetting"):
        raise ExportCancelled
    if request.format == "pdf" and typeset is not None and typeset[0] is document:
        data, pages, warnings = typeset[1]
    else:
        data, pages, warnings = render(
            document, style, request.format, request.page_size, snapshot, selected
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
