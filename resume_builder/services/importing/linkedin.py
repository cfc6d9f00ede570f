"""Reads a LinkedIn "Download your data" export (ZIP archive or extracted folder) into records.

What maps where (everything else in the export is left alone):

- Profile.csv: First Name + Last Name -> name, Headline, Summary, Geo Location -> location,
  Address, Zip Code -> postal_code, Industry -> extra["industry"], Websites and Twitter Handles
  and Instant Messengers -> links. Maiden Name and Birth Date are dropped on purpose: a résumé
  has no use for them and the app should not hold more private data than it needs.
- Email Addresses.csv: the primary address (else the first confirmed, else the first) -> email.
- PhoneNumbers.csv: the first number (with its extension) -> phone; its Type is dropped.
- Positions.csv -> Role (an empty Finished On means the role is current); the description is
  split: bullet lines become Accomplishments linked to the role, the prose stays the role's
  description (see `split_description`).
- Education.csv -> Education (Degree Name -> study_type; Notes and Activities -> extra).
- Skills.csv -> Skill; Languages.csv -> Language; Certifications.csv -> Certification;
  Projects.csv -> Project; Honors.csv -> Award; Publications.csv -> Publication.

Robustness: files and columns may be missing, column names match case-insensitively, preamble
lines ("Notes: …") before the header row are skipped, quoted fields may span lines. Dates are
read by `domain.dates.parse_date` ("Jan 2019", "Mar 15, 2019", "2019"); a cell that holds no
date leaves the field empty with a warning. Text is read as UTF-8 (with or without a byte-order
mark, or UTF-16 with one); when that fails, as Windows-1252 (what Excel writes on Windows), and
as Latin-1 as the last resort, which cannot fail. Archives are
never extracted: members are read in memory, in chunks, with caps on entries, bytes and
compression ratio that count what is actually read, because declared sizes can lie.
"""

from __future__ import annotations

import csv
import io
import os
import re
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from resume_builder.domain.dates import (
    PRESENT,
    DateError,
    EndDate,
    PartialDate,
    parse_date,
    parse_end,
)
from resume_builder.domain.models import (
    Accomplishment,
    Award,
    Certification,
    Education,
    Language,
    Link,
    Profile,
    Project,
    Publication,
    Record,
    RecordError,
    Role,
    Skill,
)
from resume_builder.export.locale import with_count
from resume_builder.services.importing.plan import ImportFileError

MiB = 1024 * 1024


def _size(count: int) -> str:
    return f"{count // MiB} MB" if count >= MiB else f"{count // 1024} KB"


@dataclass(frozen=True)
class ArchiveLimits:
    """How much of an export we are willing to look at; tests shrink these."""

    max_entries: int = 10_000  # a real export has a few dozen files
    max_member_bytes: int = 20 * MiB  # per CSV, counted while reading
    max_total_bytes: int = 50 * MiB  # all CSVs together
    max_ratio: int = 200  # uncompressed : compressed; real CSVs stay below 20:1
    ratio_floor_bytes: int = 1 * MiB  # tiny members may compress oddly well; harmless anyway
    max_directory_bytes: int = 8 * MiB  # the ZIP central directory, checked before parsing it
    max_depth: int = 3  # folder levels searched below an extracted export


@dataclass(frozen=True)
class _Spec:
    """A known CSV: its display name and the column that identifies its header row."""

    name: str
    key_column: str


_SPECS = (
    _Spec("Profile.csv", "first name"),
    _Spec("Email Addresses.csv", "email address"),
    _Spec("PhoneNumbers.csv", "number"),
    _Spec("Positions.csv", "company name"),
    _Spec("Education.csv", "school name"),
    _Spec("Skills.csv", "name"),
    _Spec("Certifications.csv", "name"),
    _Spec("Languages.csv", "name"),
    _Spec("Projects.csv", "title"),
    _Spec("Honors.csv", "title"),
    _Spec("Publications.csv", "name"),
)


def _file_key(name: str) -> str:
    """The name a known file is recognised by; "" for files that are never ours."""
    parts = re.split(r"[\\/]", name)
    # macOS adds "__MACOSX/" folders and "._Skills.csv" twins (resource forks, binary) when it
    # zips or unpacks; read as CSV they would shadow the real files.
    if "__MACOSX" in parts or parts[-1].startswith("."):
        return ""
    # Export versions and hand re-saves differ in case and spacing ("PhoneNumbers.csv").
    return re.sub(r"[\s_-]", "", parts[-1].casefold())


_SPEC_BY_KEY = {_file_key(s.name): s for s in _SPECS}
_KNOWN_LIST = ", ".join(s.name for s in _SPECS)


@dataclass
class _Found:
    """One known CSV located in the export, with a way to read its bytes under the caps."""

    spec: _Spec
    display: str  # the name used in messages: the file's own name in the export
    read: Callable[[], bytes]


@dataclass
class _Result:
    records: list[Record] = field(default_factory=list)
    sources: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def add(self, record: Record, source: str) -> None:
        try:
            record.validate()
        except RecordError as exc:
            raise ImportFileError(f"{source}: {exc}") from None
        self.records.append(record)
        self.sources[record.id] = source


def parse_linkedin(
    path: Path, limits: ArchiveLimits | None = None
) -> tuple[list[Record], dict[str, str], list[str]]:
    """Reads a LinkedIn data export into incoming records.

    Args:
        path: the export's ZIP archive or the folder it was extracted to.
        limits: caps on what is read; the defaults suit any real export.

    Returns:
        The records (fresh ids; accomplishments point at their incoming roles), record id ->
        where it came from ("Positions.csv row 3"), and warnings for the preview.

    Raises:
        ImportFileError: the export cannot be read; the message names the file and the place.

    """
    limits = limits or ArchiveLimits()
    path = Path(path)
    result = _Result()
    if path.is_dir():
        found = _find_in_folder(path, limits, result.warnings)
        _parse_all(found, result, path.name)
    elif path.is_file():
        _parse_archive(path, limits, result)
    else:
        raise ImportFileError(f"{path.name or path}: no such file or folder")
    return result.records, result.sources, result.warnings


# --- Locating the CSV files --------------------------------------------------------------------


def _parse_archive(path: Path, limits: ArchiveLimits, result: _Result) -> None:
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise ImportFileError(f"{path.name} cannot be read: {exc.strerror or exc}") from None
    with handle:
        try:
            _check_directory(handle, path.name, limits)
            archive = zipfile.ZipFile(handle)
        except ImportFileError:
            raise
        except NotImplementedError as exc:  # zipfile: "zip file version 6.3" and the like
            raise ImportFileError(f"{path.name} uses ZIP features we cannot read ({exc})") from None
        except (zipfile.BadZipFile, EOFError, OSError, struct.error, ValueError) as exc:
            # ValueError and struct.error: zipfile's reaction to some damaged tables.
            raise ImportFileError(f"{path.name} is not a readable ZIP archive ({exc})") from None
        with archive:
            found = _find_in_archive(archive, path, limits, result.warnings)
            _parse_all(found, result, path.name)


def _check_directory(handle: io.BufferedReader, name: str, limits: ArchiveLimits) -> None:
    """Refuses archives whose central directory is too big before zipfile parses all of it."""
    handle.seek(0, os.SEEK_END)
    size = handle.tell()
    tail_length = min(size, 22 + 0xFFFF)
    handle.seek(size - tail_length)
    tail = handle.read(tail_length)
    pos = tail.rfind(b"PK\x05\x06")
    while pos >= 0 and len(tail) - pos < 22:
        pos = tail.rfind(b"PK\x05\x06", 0, pos)
    if pos < 0:
        raise ImportFileError(f"{name} is not a ZIP archive (nor a folder)")
    entries, directory_size = struct.unpack("<HL", tail[pos + 10 : pos + 16])
    if entries == 0xFFFF or directory_size == 0xFFFFFFFF:  # the real values are in the ZIP64 record
        locator = tail[pos - 20 : pos] if pos >= 20 else b""
        if locator[:4] == b"PK\x06\x07":
            handle.seek(struct.unpack("<Q", locator[8:16])[0])
            record = handle.read(56)
            if len(record) == 56 and record[:4] == b"PK\x06\x06":
                entries, directory_size = struct.unpack("<QQ", record[32:48])
    if entries > limits.max_entries:
        raise ImportFileError(
            f"{name} holds {entries:,} entries; a LinkedIn export has a few dozen "
            f"(the limit is {limits.max_entries:,})"
        )
    if directory_size > limits.max_directory_bytes:
        raise ImportFileError(f"{name}: its table of contents is too large to be a LinkedIn export")


def _is_unsafe(name: str) -> bool:
    parts = re.split(r"[\\/]", name)
    return (
        name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name) is not None or ".." in parts
    )


def _find_in_archive(
    archive: zipfile.ZipFile, path: Path, limits: ArchiveLimits, warnings: list[str]
) -> list[_Found]:
    members = archive.infolist()
    # The declared count checked before can lie; this is what zipfile actually parsed.
    if len(members) > limits.max_entries:
        raise ImportFileError(
            f"{path.name} holds {len(members):,} entries; a LinkedIn export has a few dozen "
            f"(the limit is {limits.max_entries:,})"
        )
    unsafe = [m.filename for m in members if _is_unsafe(m.filename)]
    if unsafe:
        shown = ", ".join(f"“{n}”" for n in unsafe[:3])
        more = f" and {len(unsafe) - 3} more" if len(unsafe) > 3 else ""
        ignored = with_count(len(unsafe), "entry", "entries")
        warnings.append(f"{path.name}: ignored {ignored} with unsafe names: {shown}{more}")
    candidates = [
        m
        for m in members
        if not m.is_dir() and not _is_unsafe(m.filename) and _file_key(m.filename) in _SPEC_BY_KEY
    ]
    budget = _Budget(limits, archive_size=path.stat().st_size)

    def reader(member: zipfile.ZipInfo, display: str) -> Callable[[], bytes]:
        return lambda: budget.read_member(archive, member, display)

    found = []
    for member, display in _pick(candidates, lambda m: m.filename, warnings, path.name):
        found.append(
            _Found(_SPEC_BY_KEY[_file_key(member.filename)], display, reader(member, display))
        )
    return found


def _pick(items: list, name_of: Callable, warnings: list[str], container: str) -> Iterator:
    """One item per known file: the shallowest wins when an export holds two copies."""
    chosen: dict[str, tuple] = {}
    for item in items:
        name = name_of(item).replace("\\", "/")
        key = _file_key(name)
        depth = name.strip("/").count("/")
        if key in chosen:
            kept = chosen[key]
            if depth < kept[1]:
                warnings.append(f"{container}: used “{name}” and ignored “{kept[2]}”")
                chosen[key] = (item, depth, name)
            else:
                warnings.append(f"{container}: used “{kept[2]}” and ignored “{name}”")
        else:
            chosen[key] = (item, depth, name)
    for item, _depth, name in chosen.values():
        yield item, name.rsplit("/", 1)[-1]


class _Budget:
    """Counts the bytes actually read, per member and in total, and the compression ratio."""

    def __init__(self, limits: ArchiveLimits, archive_size: int = 0) -> None:
        self.limits = limits
        self.archive_size = archive_size
        self.total = 0

    def _count(self, display: str, chunk: bytes, so_far: int, packed: int | None) -> int:
        so_far += len(chunk)
        self.total += len(chunk)
        limits = self.limits
        if so_far > limits.max_member_bytes:
            raise ImportFileError(
                f"{display} is larger than {_size(limits.max_member_bytes)}; "
                "a LinkedIn export's files are far smaller"
            )
        if self.total > limits.max_total_bytes:
            raise ImportFileError(
                f"{display}: the export's files together exceed {_size(limits.max_total_bytes)}"
            )
        if (
            packed is not None
            and so_far > limits.ratio_floor_bytes
            and so_far > limits.max_ratio * max(packed, 1)
        ):
            raise ImportFileError(
                f"{display} expands more than {limits.max_ratio}:1 when unpacked "
                "(a “zip bomb”); refused"
            )
        return so_far

    def read_member(self, archive: zipfile.ZipFile, member: zipfile.ZipInfo, display: str) -> bytes:
        # zipfile never consumes more than the declared compressed size, so the smaller of that
        # and the whole archive bounds what the ratio is measured against.
        packed = min(member.compress_size, self.archive_size or member.compress_size)
        chunks: list[bytes] = []
        so_far = 0
        try:
            with archive.open(member) as stream:
                while chunk := stream.read(64 * 1024):
                    so_far = self._count(display, chunk, so_far, packed)
                    chunks.append(chunk)
        except ImportFileError:
            raise
        except RuntimeError as exc:  # zipfile's way of saying "encrypted"
            raise ImportFileError(f"{display} cannot be read: {exc}") from None
        except NotImplementedError as exc:
            raise ImportFileError(f"{display} uses an unsupported compression: {exc}") from None
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as exc:
            raise ImportFileError(f"{display} is damaged in the archive: {exc}") from None
        return b"".join(chunks)

    def read_file(self, path: Path, display: str) -> bytes:
        try:
            # A cheap early refusal; the counting below still holds if the file grows meanwhile.
            if path.stat().st_size > self.limits.max_member_bytes:
                raise ImportFileError(
                    f"{display} is larger than {_size(self.limits.max_member_bytes)}; "
                    "a LinkedIn export's files are far smaller"
                )
            chunks: list[bytes] = []
            so_far = 0
            with path.open("rb") as stream:
                while chunk := stream.read(64 * 1024):
                    so_far = self._count(display, chunk, so_far, None)
                    chunks.append(chunk)
        except OSError as exc:
            raise ImportFileError(f"{display} cannot be read: {exc.strerror or exc}") from None
        return b"".join(chunks)


def _find_in_folder(folder: Path, limits: ArchiveLimits, warnings: list[str]) -> list[_Found]:
    seen = 0
    candidates: list[tuple[Path, str]] = []
    skipped_links: list[str] = []

    def walk(directory: Path, depth: int, relative: str) -> None:
        nonlocal seen
        try:
            entries = list(os.scandir(directory))
        except OSError as exc:
            raise ImportFileError(f"{directory.name} cannot be read: {exc.strerror}") from None
        for entry in sorted(entries, key=lambda e: e.name):
            seen += 1
            if seen > limits.max_entries:
                raise ImportFileError(
                    f"{folder.name} holds more than {limits.max_entries:,} files; "
                    "choose the folder of the LinkedIn export itself"
                )
            name = f"{relative}{entry.name}"
            if entry.is_symlink():
                if _file_key(entry.name) in _SPEC_BY_KEY:
                    skipped_links.append(name)
            elif entry.is_dir(follow_symlinks=False):
                if depth < limits.max_depth:
                    walk(Path(entry.path), depth + 1, f"{name}/")
            elif entry.is_file(follow_symlinks=False) and _file_key(entry.name) in _SPEC_BY_KEY:
                candidates.append((Path(entry.path), name))

    walk(folder, 0, "")
    if skipped_links:
        # A link could point anywhere on the machine; an export never contains one.
        warnings.append(
            f"{folder.name}: ignored symbolic links: " + ", ".join(f"“{n}”" for n in skipped_links)
        )
    budget = _Budget(limits)
    found = []
    for (file, _name), display in _pick(candidates, lambda c: c[1], warnings, folder.name):
        spec = _SPEC_BY_KEY[_file_key(file.name)]
        found.append(_Found(spec, display, lambda f=file, d=display: budget.read_file(f, d)))
    return found


# --- Reading CSV text --------------------------------------------------------------------------


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def decode_text(data: bytes, display: str, warnings: list[str]) -> str:
    """Bytes to text: UTF-8 (BOM or not) or BOM-marked UTF-16, else Windows-1252, else Latin-1."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
        warnings.append(f"{display} is not UTF-8; read it as Windows-1252")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
        warnings.append(f"{display} is not UTF-8; read it as Latin-1")
    return text


class _Row:
    """One data row with case-insensitive column access; missing columns read as ""."""

    def __init__(
        self, cells: list[str], columns: dict[str, int], where: str, warnings: list[str]
    ) -> None:
        self.cells = cells
        self.columns = columns
        self.where = where  # "Positions.csv row 3"
        self.warnings = warnings

    def __getitem__(self, column: str) -> str:
        index = self.columns.get(column)
        if index is None or index >= len(self.cells):
            return ""
        return _clean(self.cells[index])

    def is_blank(self) -> bool:
        return not any(cell.strip() for cell in self.cells)

    def date(self, column: str) -> PartialDate | None:
        return self._read_date(column, parse_date)

    def end(self, column: str, *, open_means_present: bool = False) -> EndDate | None:
        if not self[column].strip():
            return PRESENT if open_means_present else None
        return self._read_date(column, parse_end)

    def _read_date(self, column: str, parse: Callable[[str], Any]) -> Any:
        # One odd date should not cost the whole export: the record imports without it, and
        # the preview says which cell was left empty and why.
        try:
            return parse(self[column])
        except DateError as exc:
            self.warnings.append(f"{self.where}: “{_title(column)}” left empty: {exc}")
            return None


def _clean(text: str) -> str:
    # Control characters break DOCX output and never mean anything in an export.
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n")).strip()


def _title(column: str) -> str:
    return " ".join(word.capitalize() for word in column.split())


def _normal(column: str) -> str:
    return " ".join(column.replace("\ufeff", "").split()).casefold()


def read_rows(text: str, spec: _Spec, display: str, warnings: list[str]) -> Iterator[_Row]:
    """Yields the data rows after the header row (the first row naming the key column).

    Row numbers are the ones a spreadsheet shows: every CSV record counts, preamble lines and
    the header included, and a quoted field spanning lines is still one row. A file without
    the header row is skipped with a warning, like a missing file: a later export version may
    have renamed a column, and the rest of the export is still worth importing.
    """
    reader = csv.reader(io.StringIO(text, newline=""))
    columns: dict[str, int] | None = None
    number = 0
    try:
        for number, cells in enumerate(reader, start=1):
            if columns is None:
                names = [_normal(c) for c in cells]
                if spec.key_column in names:
                    columns = {}
                    for index, name in enumerate(names):
                        columns.setdefault(name, index)
                continue
            yield _Row(cells, columns, f"{display} row {number}", warnings)
    except csv.Error as exc:
        raise ImportFileError(f"{display} row {number + 1}: not valid CSV ({exc})") from None
    if columns is None and text.strip():
        warnings.append(
            f"{display} was skipped: it has no header row with a “{_title(spec.key_column)}” column"
        )


# --- Descriptions ------------------------------------------------------------------------------

# "•" and its cousins mark a bullet even when glued to the text; "-", "*" and "1." need a space
# after them so that "-5% churn" or "*Note*" stay prose.
_BULLET = re.compile(r"^\s*(?:[•●▪◦‣∙·–—➢➤►✓✔]\s*|[-*+]\s+|\d{1,2}[.)]\s+)(?P<text>.*)$")


def split_description(text: str) -> tuple[str, list[str]]:
    """Splits a position's description into prose and bullets.

    The rule: every line that starts with a bullet mark ("•", "▪", "–" and the like, or "-",
    "*", "+" or "1." followed by a space) is one accomplishment, its headline the line without
    the mark. Every other line is prose; the prose paragraphs (split on blank lines, in their
    original order) become the role's description, so no text is lost. Lines are never joined
    into a bullet: LinkedIn keeps one bullet per line.
    """
    prose: list[str] = []
    bullets: list[str] = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        match = _BULLET.match(line)
        if match:
            headline = " ".join(match.group("text").split())
            if headline:
                bullets.append(headline)
            continue
        prose.append(line.rstrip())
    paragraphs = re.split(r"\n\s*\n", "\n".join(prose).strip())
    description = "\n\n".join(p.strip() for p in paragraphs if p.strip())
    return description, bullets


# --- Mapping files to records --------------------------------------------------------------------


def _parse_all(found: list[_Found], result: _Result, container: str) -> None:
    if not found:
        raise ImportFileError(
            f"{container} has none of the files of a LinkedIn data export "
            f"(looked for {_KNOWN_LIST})"
        )
    by_name = {f.spec.name: f for f in found}
    texts: dict[str, tuple[str, str]] = {}
    for spec in _SPECS:
        item = by_name.get(spec.name)
        if item is not None:
            texts[spec.name] = (
                decode_text(item.read(), item.display, result.warnings),
                item.display,
            )

    def rows(name: str) -> Iterator[_Row]:
        if name in texts:
            text, display = texts[name]
            yield from read_rows(text, _SPEC_BY_KEY[_file_key(name)], display, result.warnings)

    _map_profile(rows, result)
    for row in rows("Positions.csv"):
        _map_position(row, result)
    for row in rows("Education.csv"):
        if not row.is_blank():
            education = Education(
                institution=row["school name"],
                study_type=row["degree name"],
                area=row["field of study"] or row["fields of study"],
                start=row.date("start date"),
                end=row.end("end date"),
            )
            for column in ("notes", "activities"):
                if row[column]:
                    education.extra[column] = row[column]
            result.add(education, row.where)
    for row in rows("Skills.csv"):
        if row["name"]:
            result.add(Skill(name=row["name"]), row.where)
    for row in rows("Languages.csv"):
        if row["name"]:
            result.add(Language(language=row["name"], fluency=row["proficiency"]), row.where)
    for row in rows("Certifications.csv"):
        if not row.is_blank():
            expires = row.end("finished on")
            certification = Certification(
                name=row["name"],
                issuer=row["authority"],
                url=row["url"],
                credential_id=row["license number"],
                date=row.date("started on"),
                expires=expires if isinstance(expires, PartialDate) else None,
            )
            result.add(certification, row.where)
    for row in rows("Projects.csv"):
        if not row.is_blank():
            project = Project(
                name=row["title"],
                description=row["description"],
                url=row["url"],
                start=row.date("started on"),
                end=row.end("finished on"),
            )
            result.add(project, row.where)
    for row in rows("Honors.csv"):
        if not row.is_blank():
            award = Award(
                title=row["title"],
                summary=row["description"],
                awarder=row["issuer"],
                date=row.date("issued on"),
            )
            result.add(award, row.where)
    for row in rows("Publications.csv"):
        if not row.is_blank():
            publication = Publication(
                name=row["name"],
                publisher=row["publisher"],
                url=row["url"],
                summary=row["description"],
                release_date=row.date("published on"),
            )
            result.add(publication, row.where)


def _map_position(row: _Row, result: _Result) -> None:
    if row.is_blank():
        return
    description, bullets = split_description(row["description"])
    role = Role(
        employer=row["company name"],
        title=row["title"],
        location=row["location"],
        start=row.date("started on"),
        end=row.end("finished on", open_means_present=True),
        description=description,
    )
    result.add(role, row.where)
    for number, headline in enumerate(bullets, start=1):
        result.add(
            Accomplishment(headline=headline, role_id=role.id), f"{row.where}, bullet {number}"
        )


def _first(rows: Iterator[_Row]) -> _Row | None:
    return next((row for row in rows if not row.is_blank()), None)


_TRUE = frozenset({"yes", "true", "1", "y"})


def _map_profile(rows: Callable[[str], Iterator[_Row]], result: _Result) -> None:
    profile = Profile()
    sources: list[str] = []
    row = _first(rows("Profile.csv"))
    if row is not None:
        sources.append(row.where)
        profile.name = " ".join(p for p in (row["first name"], row["last name"]) if p)
        profile.headline = row["headline"]
        profile.summary = row["summary"]
        profile.location = row["geo location"] or row["location"]
        profile.address = row["address"]
        profile.postal_code = row["zip code"]
        if row["industry"]:
            profile.extra["industry"] = row["industry"]
        profile.links = (
            parse_websites(row["websites"])
            + [Link(network="Twitter", username=h) for h in _bracketed(row["twitter handles"])]
            + _messengers(row["instant messengers"])
        )
    emails = [r for r in rows("Email Addresses.csv") if r["email address"]]
    if emails:
        chosen = (
            next((r for r in emails if r["primary"].casefold() in _TRUE), None)
            or next((r for r in emails if r["confirmed"].casefold() in _TRUE), None)
            or emails[0]
        )
        profile.email = chosen["email address"]
        sources.append(chosen.where)
    phones = [r for r in rows("PhoneNumbers.csv") if r["number"]]
    if phones:
        number, extension = phones[0]["number"], phones[0]["extension"]
        profile.phone = f"{number} ext. {extension}" if extension else number
        sources.append(phones[0].where)
    if sources:
        result.add(profile, "; ".join(sources))


def _bracketed(text: str) -> list[str]:
    """Items of LinkedIn's list cells: "[a],[b]", or plain "a, b" from older exports."""
    items = re.findall(r"\[([^\]]*)\]", text) if "[" in text else re.split(r"[,\s]+", text)
    return [item.strip() for item in items if item.strip()]


_WEBSITE_NETWORKS = {"PERSONAL": "Website", "OTHER": "Website", "RSS": "RSS", "COMPANY": "Company"}


def _typed(item: str) -> tuple[str, str]:
    # "PERSONAL:https://x" has a type; "https://x" has none (its colon is followed by "//").
    match = re.match(r"^([A-Za-z_ ]+):(?!//)(.*)$", item)
    if match:
        return match.group(1).strip().upper(), match.group(2).strip()
    return "", item


def parse_websites(text: str) -> list[Link]:
    """LinkedIn's Websites cell ("[PERSONAL:https://x.example],[BLOG:…]" or plain URLs) as links.

    URLs stay text: they are never opened or checked.
    """
    links = []
    for item in _bracketed(text):
        kind, url = _typed(item)
        if url:
            network = _WEBSITE_NETWORKS.get(kind, kind.title() if kind else "Website")
            links.append(Link(network=network, url=url))
    return links


def _messengers(text: str) -> list[Link]:
    links = []
    for item in _bracketed(text):
        kind, handle = _typed(item)
        if handle:
            links.append(Link(network=kind.title() if kind else "Messenger", username=handle))
    return links
