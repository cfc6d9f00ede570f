"""Running an importer on a file: pick the parser, check the size, plan against a snapshot."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from resume_builder.domain.models import (
    Accomplishment,
    ActionItem,
    Award,
    CareerPlan,
    Certification,
    Education,
    Interest,
    Language,
    Meeting,
    Milestone,
    Organisation,
    Person,
    Profile,
    Project,
    Publication,
    Record,
    Role,
    Skill,
    Target,
    Volunteer,
)
from resume_builder.domain.snapshot import CareerSnapshot
from resume_builder.services.importing.plan import ImportFileError, ImportPlan, make_plan
from resume_builder.services.importing.unplaced import UnplacedText

#: the import formats, as the command line names them
IMPORT_KINDS = ("jsonresume", "linkedin", "resume")
#: a JSON Resume is a few hundred kilobytes; far bigger files are refused before reading
MAX_JSON_RESUME_BYTES = 20 * 1024 * 1024


@dataclass
class ParsedImport:
    """What an importer read from a file, before it is compared with the career record."""

    kind: str
    source_name: str
    records: list[Record]
    sources: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    unplaced: list[UnplacedText] = field(default_factory=list)


def read_import(kind: str, path: Path) -> ParsedImport:
    """Parses a JSON Resume file or a LinkedIn export (ZIP or folder); nothing is written.

    Raises:
        ImportFileError: the file cannot be imported; the message names it and the problem.

    """
    path = Path(path)
    if kind == "jsonresume":
        data = _read_capped(path, MAX_JSON_RESUME_BYTES)  # before parsing, so no 100 MB loads
        from resume_builder.services.importing.json_resume import parse_json_resume

        warnings: list[str] = []
        records, sources = parse_json_resume(data, path.name, warnings)
        return ParsedImport(kind, path.name, list(records), dict(sources or {}), warnings)
    if kind == "linkedin":
        from resume_builder.services.importing.linkedin import parse_linkedin

        records, sources, warnings = parse_linkedin(path)
        return ParsedImport(kind, path.name, list(records), dict(sources or {}), list(warnings))
    if kind == "resume":
        from resume_builder.services.importing.resume_file import read_resume

        cut = read_resume(path)
        return ParsedImport(
            kind, path.name, cut.records, cut.sources, cut.warnings, list(cut.unplaced)
        )
    raise ValueError(f"unknown import format {kind!r}; choose one of {', '.join(IMPORT_KINDS)}")


def plan_import(parsed: ParsedImport, snapshot: CareerSnapshot) -> ImportPlan:
    """The plan of an import against the career record in `snapshot`, warnings included."""
    plan = make_plan(parsed.records, snapshot, parsed.source_name, parsed.sources)
    plan.warnings = list(parsed.warnings) + list(plan.warnings)
    plan.unplaced = list(parsed.unplaced)
    return plan


def guess_kind(path: Path) -> str:
    """The import format a path suggests: linkedin for a folder, a ZIP or one of its CSV files,
    resume for a .docx or .pdf, else jsonresume.
    """
    path = Path(path)
    if path.suffix.casefold() in (".docx", ".pdf"):
        return "resume"
    if path.is_dir() or path.suffix.casefold() in (".zip", ".csv"):
        return "linkedin"
    return "jsonresume"


def record_label(record: Record) -> str:
    """A short plain-text name of a record for previews and the command line."""
    if isinstance(record, Profile):
        parts = [record.name, record.headline]
    elif isinstance(record, Role):
        return record.label()
    elif isinstance(record, Accomplishment):
        parts = [record.headline]
    elif isinstance(record, Skill):
        parts = [record.name]
    elif isinstance(record, Education):
        parts = [" ".join(p for p in (record.study_type, record.area) if p), record.institution]
    elif isinstance(record, Certification):
        parts = [record.name, record.issuer]
    elif isinstance(record, Award):
        parts = [record.title, record.awarder]
    elif isinstance(record, Publication):
        parts = [record.name, record.publisher]
    elif isinstance(record, Language):
        parts = [record.language, record.fluency]
    elif isinstance(record, Interest):
        parts = [record.name]
    elif isinstance(record, Person):
        return record.label()
    elif isinstance(record, Meeting):
        parts = [record.title, record.date.iso() if record.date else ""]
    elif isinstance(record, ActionItem):
        parts = [record.text]
    elif isinstance(record, Project):
        parts = [record.name, record.entity]
    elif isinstance(record, Volunteer):
        parts = [record.position, record.organization]
    elif isinstance(record, Target | Organisation):
        return record.label()
    elif isinstance(record, CareerPlan):
        parts = ["Career plan", f"deadline {record.deadline.iso()}" if record.deadline else ""]
    elif isinstance(record, Milestone):
        parts = [record.title, record.due.iso() if record.due else ""]
    else:
        parts = []
    text = ", ".join(p.strip() for p in parts if p and p.strip())
    return " ".join(text.split()) or f"({record.KIND})"


def describe_plan(plan: ImportPlan) -> list[str]:
    """The plan as text lines: the summary, then one line per item."""
    lines = [f"{plan.source_name}: {plan.summary()}"]
    for item in plan.items:
        label = record_label(item.record)
        if len(label) > 70:
            label = label[:69] + "…"
        line = f"  {item.action:<6} {item.record.KIND:<14} {label}"
        details = "; ".join(p for p in (item.reason, item.source) if p)
        lines.append(line + (f"  ({details})" if details else ""))
    return lines


def _read_capped(path: Path, limit: int) -> bytes:
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise ImportFileError(f"{path} is a folder; choose a JSON Resume file.")
        if size > limit:
            raise ImportFileError(
                f"{path.name} is {size / (1024 * 1024):.0f} MB; a JSON Resume file is at most "
                f"{limit // (1024 * 1024)} MB."
            )
        with path.open("rb") as handle:
            data = handle.read(limit + 1)  # the size can change between stat and read
    except FileNotFoundError:
        raise ImportFileError(f"There is no file {path}.") from None
    except OSError as exc:
        raise ImportFileError(f"Cannot read {path}: {exc.strerror or exc}.") from None
    if len(data) > limit:
        raise ImportFileError(f"{path.name} is larger than {limit // (1024 * 1024)} MB.")
    return data
