"""The rules of an export that the window and the command line share.

Which documents go with a target, what decides an export's template, language, paper and page
target, what a file is called by default, what a target's résumé or letter holds, and how a
finished export is noted on its target. The window's Export dialog and Targets previews and
`resume-builder export` all ask these functions, so the same data gives the same document.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from resume_builder.domain.look import DocumentLook, LookError
from resume_builder.domain.models import Target
from resume_builder.domain.options import LetterOptions
from resume_builder.domain.preferences import PAGE_TARGETS, PAPER_SIZES, Preferences
from resume_builder.domain.snapshot import CareerSnapshot
from resume_builder.export.catalog import TemplateCatalog
from resume_builder.export.locale import LANGUAGES
from resume_builder.services.documents import (
    FORMATS,
    ExportRequest,
    ExportResult,
    default_page_size,
)
from resume_builder.services.preferences import document_template

if TYPE_CHECKING:
    from resume_builder.services.tailoring.results import Requirement

# services.targets (and the tailoring it brings) is imported where a target is at hand: an
# export without one should not pay for it.

#: the documents made for one target, and the ones made without a target
TARGET_KINDS = ("resume", "letter")
GENERAL_KINDS = ("resume", "cmd")
#: the language of a document nobody chose one for
DEFAULT_LANGUAGE = "en"

#: the words of a default file name in English (the window passes its translated ones)
FILE_WORDS: Mapping[str, str] = {
    "resume": "Résumé",
    "cmd": "Career Management Document",
    "letter": "Cover Letter",
    # a profile without a name still gives a file name
    "career": "Career",
}
#: characters no file system accepts in a name (Windows is the strictest), and control ones
_UNSAFE_IN_FILE_NAME = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
#: names Windows keeps for devices, whatever the ending ("NUL.pdf" cannot be made)
_RESERVED_NAMES = {"CON", "PRN", "AUX", "NUL"} | {
    f"{port}{number}" for port in ("COM", "LPT") for number in "123456789"
}
#: the longest part (a name, a company) a file name takes, in characters
NAME_PART_LENGTH = 60
#: the longest stem in UTF-8 bytes: file systems allow 255, the ending and a " (2)" need room
STEM_BYTES = 200


class KindError(ValueError):
    """A document that does not go with the target given (or with none); the message says why."""


class TargetTakesNoCmd(KindError):
    """The Career Management Document is the whole record, never cut for one target."""

    def __init__(self) -> None:
        super().__init__(
            "a target goes with a résumé or a cover letter, not the Career Management Document"
        )


class LetterNeedsTarget(KindError):
    """A cover letter is written for one job posting."""

    def __init__(self) -> None:
        super().__init__("a cover letter is written for one job posting: choose its target")


def document_kinds(with_target: bool) -> tuple[str, ...]:
    """The documents offered for a target (résumé, letter) or without one (résumé, CMD)."""
    return TARGET_KINDS if with_target else GENERAL_KINDS


def formats_for(kind: str) -> tuple[str, ...]:
    """The formats a document can be saved as: a letter is no JSON Resume, so not JSON."""
    return tuple(f for f in FORMATS if not (kind == "letter" and f == "json"))


def check_kind(kind: str, with_target: bool) -> None:
    """Raises a KindError when the document does not go with a target given, or with none.

    A kind neither list knows is left for the exporter to refuse with its own sentence.
    """
    if with_target and kind == "cmd":
        raise TargetTakesNoCmd()
    if not with_target and kind == "letter":
        raise LetterNeedsTarget()


@dataclass(frozen=True)
class ExportChoices:
    """Values for one export, each None where it was not given.

    `page_target` None means "not given": no choice here can ask for no page target; a
    target's own page target can (see `export_settings`).
    """

    template: str | None = None
    language: str | None = None
    page_size: str | None = None
    page_target: int | None = None
    #: the look's choices made this time, by field (domain.look.DocumentLook); an empty
    #: value asks for the template's own, a field not named keeps what was there before
    look: Mapping[str, object] | None = None


@dataclass(frozen=True)
class ExportSettings:
    """What an export is made with.

    page_target: the résumé's page target (None: none, and always None for other kinds).
    notes: sentences on a default that could not be honoured (a broken Preferences template).
    """

    template: str
    language: str
    page_size: str
    page_target: int | None
    notes: tuple[str, ...] = ()
    look: DocumentLook = DocumentLook()


def export_settings(
    kind: str,
    *,
    preferences: Preferences,
    catalog: TemplateCatalog,
    chosen: ExportChoices | None = None,
    remembered: ExportChoices | None = None,
    target: Target | None = None,
) -> ExportSettings:
    """The template, language, paper and page target of an export, decided in one order.

    For each value the first that has one wins:
    1. `chosen`: what the user asked for this time (a command-line option, a value picked in
       the dialog). Kept as given: an unusable template is for the exporter to explain.
    2. `target`: its page target (None there means "no page target" and wins too).
    3. `remembered`: what the window's dialog last used, when still usable (a template still
       in the catalog, a paper, language and page target the exporter knows). The page target
       remembered counts only without a target.
    4. `preferences`: the template and paper chosen in Preferences (a template only while it
       is usable, else a note says why it was passed over), the page target.
    5. The built-in defaults: the catalog's default template, the system locale's paper, English.
    The look (font, accent, margins, density, section order) starts from the target's (as
    last exported for it), or without a target from the dialog's remembered one; the choices
    made this time change it field by field.

    Raises:
        LookError: a look chosen this time cannot be used (the sentence says which choice).

    Args:
        kind: "resume", "cmd" or "letter"; only a résumé has a page target.
        preferences: the data folder's Preferences.
        catalog: the templates that can be used now.
        chosen: this export's own values.
        remembered: the last values the window's dialog used.
        target: the target the document is cut for, if any.

    """
    chosen = chosen or ExportChoices()
    remembered = _as_remembered(remembered)
    notes: list[str] = []
    template = chosen.template
    if template is None and remembered.template in catalog:
        template = remembered.template
    if template is None:
        template = document_template(preferences, catalog)
        broken = catalog.broken_template(preferences.template)
        if broken is not None:
            notes.append(
                f"the template chosen in Preferences, “{broken.key}”, cannot be used "
                f"({broken.reason.rstrip('.')}); using “{template}”"
            )
    language = chosen.language
    if language is None:
        language = remembered.language if remembered.language in LANGUAGES else DEFAULT_LANGUAGE
    page_size = chosen.page_size
    if page_size is None and remembered.page_size in PAPER_SIZES:
        page_size = remembered.page_size
    if page_size is None:
        page_size = preferences.paper or default_page_size()
    page_target: int | None = None
    if kind == "resume":
        if chosen.page_target is not None:
            page_target = chosen.page_target
        elif target is not None:
            page_target = target.page_target
        elif remembered.page_target in PAGE_TARGETS:
            page_target = remembered.page_target
        else:
            page_target = preferences.page_target
    start = _stored_look(target) if target is not None else _remembered_look(remembered.look)
    look = start.with_choices(chosen.look)
    return ExportSettings(template, language, page_size, page_target, tuple(notes), look)


def _remembered_look(values: Mapping[str, object] | None) -> DocumentLook:
    """The dialog's remembered look; one that cannot be used any more counts as none."""
    try:
        return DocumentLook().with_choices(values)
    except LookError:
        return DocumentLook()


def _stored_look(target: Target) -> DocumentLook:
    """A target's remembered look; one that cannot be read (hand-edited data) counts as none."""
    try:
        return target.document_look()
    except LookError:
        return DocumentLook()


def _as_remembered(values: ExportChoices | None) -> ExportChoices:
    """Remembered values as the types they should be; anything else counts as not remembered.

    Stored settings come back loosely typed (a page target as "2" from an INI file, a value
    of the wrong kind from a hand-edited one), and a bad one must not stop an export.
    """
    if values is None:
        return ExportChoices()

    def text(value: object) -> str | None:
        return value if isinstance(value, str) else None

    page_target = values.page_target
    if isinstance(page_target, str) and page_target.strip().isdigit():
        page_target = int(page_target)
    if isinstance(page_target, bool) or not isinstance(page_target, int):
        page_target = None
    look = values.look if isinstance(values.look, Mapping) else None
    return ExportChoices(
        text(values.template), text(values.language), text(values.page_size), page_target, look
    )


def safe_file_part(text: str, limit: int = NAME_PART_LENGTH) -> str:
    """Text every file system takes in a name: unsafe characters and runs of spaces become
    one space, no dot or space at either end, at most `limit` characters ("" when none is left).
    """
    cleaned = " ".join(_UNSAFE_IN_FILE_NAME.sub(" ", text).split())
    return cleaned[:limit].strip(". ")


def file_stem(
    profile_name: str,
    kind: str,
    target: Target | None = None,
    *,
    words: Mapping[str, str] = FILE_WORDS,
) -> str:
    """The default file name of an export, without its ending.

    "Dana Lindqvist - Résumé", "Dana Lindqvist - Career Management Document", and for a
    target "Dana Lindqvist - Cover Letter - Northwind" (its company, else its label). The
    same on every system: no character a file system refuses, no Windows device name, short
    enough for any file system with the ending added.

    Args:
        profile_name: the name on the profile (empty: the word for "career").
        kind: "resume", "cmd" or "letter".
        target: the target the document is cut for, if any.
        words: the words for each kind and for "career", in the language the user reads;
            missing ones are the English FILE_WORDS.

    """
    word = {**FILE_WORDS, **words}
    parts = [safe_file_part(profile_name) or safe_file_part(word["career"]) or "Career"]
    parts.append(safe_file_part(word.get(kind, word["resume"])))
    if target is not None:
        where = safe_file_part(target.company) or safe_file_part(target.label())
        if where:
            parts.append(where)
    return safe_file_stem(" - ".join(p for p in parts if p))


def safe_file_stem(text: str) -> str:
    """A whole file name without its ending that every file system takes.

    Unsafe characters and runs of spaces become one space; no dot or space at the start, no
    dot, space or dash at the end (Windows drops a trailing dot); at most STEM_BYTES in UTF-8,
    cut between letters; and a Windows device name ("NUL", "CON.x") gets a "_" so that the
    file can be made.
    """
    stem = " ".join(_UNSAFE_IN_FILE_NAME.sub(" ", text).split()).lstrip(". ")
    # Cut on a letter, never inside one: a lone half of "é" is no character at all.
    stem = stem.encode("utf-8")[:STEM_BYTES].decode("utf-8", "ignore").rstrip(". -")
    head, dot, rest = stem.partition(".")
    if head.strip().upper() in _RESERVED_NAMES:
        # Windows reads "AUX.tar" as the device too: the mark goes before the first dot
        stem = f"{head}_{dot}{rest}"
    return stem


def letter_for_target(
    target: Target,
    snapshot: CareerSnapshot,
    chosen: Sequence[str],
    *,
    language: str = DEFAULT_LANGUAGE,
    draft_when_empty: bool = True,
    today: date | None = None,
) -> LetterOptions:
    """The letter a target stands for: the user's own text, else (`draft_when_empty`) a draft.

    Without `draft_when_empty` an unwritten letter stays empty, so that a preview can say what
    to write instead of showing words the user never saw.
    """
    if draft_when_empty:
        from resume_builder.services.cover_letter import letter_options

        return letter_options(target, snapshot, chosen, language=language, today=today)
    return LetterOptions(
        text=target.letter,
        company=target.company,
        title=target.title,
        language=language,
        today=today,
    )


def fill_for_target(
    request: ExportRequest,
    target: Target,
    snapshot: CareerSnapshot,
    *,
    chosen: Sequence[str] | None = None,
    requirements: Sequence[Requirement] | None = None,
    draft_when_empty: bool = True,
    today: date | None = None,
) -> ExportRequest:
    """The request with the résumé or letter the target stands for, as the target is now.

    The résumé's page target is the one already on the request (see `export_settings`), its
    language the request's. `chosen` (the target's bullets in order) and `requirements` (the
    posting's, as corrected) are given when the caller has tailored it already; otherwise the
    target is tailored here. The résumé lists the skills the posting asks for first.
    """
    from resume_builder.services.asked_for import relevant_certification_ids, resume_skill_ids
    from resume_builder.services.targets import (
        resume_options,
        tailor_target,
        target_requirements,
    )

    if chosen is None:
        tailoring = tailor_target(target, snapshot, today=today)
        chosen, requirements = tailoring.chosen, tailoring.requirements

    if request.kind == "letter":
        request.letter = letter_for_target(
            target,
            snapshot,
            chosen,
            language=request.language,
            draft_when_empty=draft_when_empty,
            today=today,
        )
    elif request.kind == "resume":
        include_expired = request.resume.include_expired  # the export's choice, not the target's
        if requirements is None:  # only the letter needs no requirements
            requirements = target_requirements(target, snapshot.skills, None)
        request.resume = resume_options(
            target,
            chosen,
            language=request.language,
            page_target=request.resume.page_target,
            today=today,
            skill_ids=resume_skill_ids(requirements, chosen, snapshot),
        )
        request.resume.relevant_certification_ids = relevant_certification_ids(
            requirements, snapshot
        )
        request.resume.include_expired = include_expired
    return request


def export_request(
    kind: str,
    file_format: str,
    settings: ExportSettings,
    *,
    output: Path | None = None,
    target: Target | None = None,
    snapshot: CareerSnapshot | None = None,
) -> ExportRequest:
    """The request for an export with these settings, cut for the target when one is given.

    Raises:
        KindError: the document does not go with the target given (or with none).

    """
    check_kind(kind, target is not None)
    request = ExportRequest(
        kind=kind,
        format=file_format,
        template=settings.template,
        language=settings.language,
        page_size=settings.page_size,
        output=output,
        look=settings.look,
    )
    request.resume.page_target = settings.page_target
    if target is not None:
        if snapshot is None:
            raise ValueError("a target's document needs the snapshot of the records")
        fill_for_target(request, target, snapshot)
    return request


def record_export(
    current_of: Callable[[str], Target | None],
    target_id: str,
    request: ExportRequest,
    result: ExportResult,
) -> Target | None:
    """The target as stored now with the finished export added, for the caller to store.

    The target is read again because it may have changed (or gone) while the export ran.
    None when there is nothing to record: the target was deleted meanwhile, or the export
    wrote no file. An export is history, not an edit: it is stored without an undo step. The
    export's look is kept on the target too, so its next résumé or letter starts from it.
    """
    from resume_builder.services.targets import export_entry, with_export

    if result.path is None:
        return None
    current = current_of(target_id)
    if current is None:
        return None
    updated = with_export(current, export_entry(request, result))
    updated.look = request.look.to_dict()
    return updated
