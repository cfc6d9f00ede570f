"""Finding the files of a LinkedIn data export in its ZIP archive or extracted folder, safely.

Archives are never extracted: members are read in memory, in chunks, with caps on bytes per
member, bytes in total and compression ratio that count what is actually read, because
declared sizes can lie. An archive or folder with far more entries than an export holds is
still searched for the files the app knows (the rest is ignored, with a warning); its table of
contents is capped in bytes before it is parsed.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from resume_builder.export.locale import with_count
from resume_builder.services.importing.plan import ImportFileError

MiB = 1024 * 1024


def _size(count: int) -> str:
    return f"{count // MiB} MB" if count >= MiB else f"{count // 1024} KB"


@dataclass(frozen=True)
class ArchiveLimits:
    """How much of an export we are willing to look at; tests shrink these."""

    # A real export has a few dozen files; beyond this many the known ones are still read,
    # with a warning that the rest was ignored.
    max_entries: int = 10_000
    max_scanned: int = 100_000  # folder entries looked at before the search stops
    max_member_bytes: int = 20 * MiB  # per CSV, counted while reading
    max_total_bytes: int = 50 * MiB  # all CSVs together
    max_ratio: int = 200  # uncompressed : compressed; real CSVs stay below 20:1
    ratio_floor_bytes: int = 1 * MiB  # tiny members may compress oddly well; harmless anyway
    max_directory_bytes: int = 8 * MiB  # the ZIP central directory, checked before parsing it
    max_depth: int = 3  # folder levels searched below an extracted export


@dataclass(frozen=True)
class Spec:
    """A known CSV: its display name and the column that identifies its header row."""

    name: str
    key_column: str


SPECS = (
    Spec("Profile.csv", "first name"),
    Spec("Email Addresses.csv", "email address"),
    Spec("PhoneNumbers.csv", "number"),
    Spec("Positions.csv", "company name"),
    Spec("Education.csv", "school name"),
    Spec("Skills.csv", "name"),
    Spec("Certifications.csv", "name"),
    Spec("Languages.csv", "name"),
    Spec("Projects.csv", "title"),
    Spec("Honors.csv", "title"),
    Spec("Publications.csv", "name"),
)


def file_key(name: str) -> str:
    """The name a known file is recognised by; "" for files that are never ours."""
    parts = re.split(r"[\\/]", name)
    # macOS adds "__MACOSX/" folders and "._Skills.csv" twins (resource forks, binary) when it
    # zips or unpacks; read as CSV they would shadow the real files.
    if "__MACOSX" in parts or parts[-1].startswith("."):
        return ""
    # Export versions and hand re-saves differ in case and spacing ("PhoneNumbers.csv").
    return re.sub(r"[\s_-]", "", parts[-1].casefold())


SPEC_BY_KEY = {file_key(s.name): s for s in SPECS}
KNOWN_LIST = ", ".join(s.name for s in SPECS)


@dataclass
class Found:
    """One known CSV located in the export, with a way to read its bytes under the caps."""

    spec: Spec
    display: str  # the name used in messages: the file's own name in the export
    read: Callable[[], bytes]


@contextlib.contextmanager
def open_export(path: Path, limits: ArchiveLimits, warnings: list[str]) -> Iterator[list[Found]]:
    """The known files of the export at `path` (a ZIP, a folder, or one of its CSV files),
    readable while the context lasts.

    Raises:
        ImportFileError: the path cannot be read as an export; the message names it.

    """
    path = Path(path)
    if path.is_dir():
        yield _find_in_folder(path, limits, warnings)
    elif path.is_file() and path.suffix.casefold() == ".csv":
        yield _lone_file(path, limits)
    elif path.is_file():
        with _open_archive(path, limits) as archive:
            yield _find_in_archive(archive, path, limits, warnings)
    else:
        raise ImportFileError(f"{path.name or path}: no such file or folder")


@contextlib.contextmanager
def _open_archive(path: Path, limits: ArchiveLimits) -> Iterator[zipfile.ZipFile]:
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
            yield archive


def _lone_file(path: Path, limits: ArchiveLimits) -> list[Found]:
    """One CSV file of an export, chosen on its own."""
    spec = SPEC_BY_KEY.get(file_key(path.name))
    if spec is None:
        raise ImportFileError(
            f"{path.name} is not one of the files of a LinkedIn data export ({KNOWN_LIST})"
        )
    budget = _Budget(limits)
    return [Found(spec, path.name, lambda: budget.read_file(path, path.name))]


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
    # The entry count alone is no danger; the bytes of the table that lists them are.
    if directory_size > limits.max_directory_bytes:
        raise ImportFileError(f"{name}: its table of contents is too large to be a LinkedIn export")


def _too_many(container: str, how_many: str) -> str:
    return (
        f"{container} holds {how_many}, far more than a LinkedIn export; only the files "
        "Resume Builder knows were read and the rest was ignored"
    )


def _is_unsafe(name: str) -> bool:
    parts = re.split(r"[\\/]", name)
    return (
        name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name) is not None or ".." in parts
    )


def _find_in_archive(
    archive: zipfile.ZipFile, path: Path, limits: ArchiveLimits, warnings: list[str]
) -> list[Found]:
    members = archive.infolist()
    if len(members) > limits.max_entries:  # what zipfile parsed: a declared count can lie
        warnings.append(_too_many(path.name, f"{len(members):,} entries"))
    unsafe = [m.filename for m in members if _is_unsafe(m.filename)]
    if unsafe:
        shown = ", ".join(f"“{n}”" for n in unsafe[:3])
        more = f" and {len(unsafe) - 3} more" if len(unsafe) > 3 else ""
        ignored = with_count(len(unsafe), "entry", "entries")
        warnings.append(f"{path.name}: ignored {ignored} with unsafe names: {shown}{more}")
    candidates = [
        m
        for m in members
        if not m.filename.endswith("/")
        and not _is_unsafe(m.filename)
        and file_key(m.filename) in SPEC_BY_KEY
    ]
    budget = _Budget(limits, archive_size=path.stat().st_size)

    def reader(member: zipfile.ZipInfo, display: str) -> Callable[[], bytes]:
        return lambda: budget.read_member(archive, member, display)

    found = []
    for member, display in _pick(candidates, lambda m: m.filename, warnings, path.name):
        found.append(
            Found(SPEC_BY_KEY[file_key(member.filename)], display, reader(member, display))
        )
    return found


def _pick(items: list, name_of: Callable, warnings: list[str], container: str) -> Iterator:
    """One item per known file: the shallowest wins when an export holds two copies."""
    chosen: dict[str, tuple] = {}
    for item in items:
        name = name_of(item).replace("\\", "/")
        key = file_key(name)
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


def _find_in_folder(folder: Path, limits: ArchiveLimits, warnings: list[str]) -> list[Found]:
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
            if seen > limits.max_scanned:
                return
            name = f"{relative}{entry.name}"
            if entry.is_symlink():
                if file_key(entry.name) in SPEC_BY_KEY:
                    skipped_links.append(name)
            elif entry.is_dir(follow_symlinks=False):
                if depth < limits.max_depth:
                    walk(Path(entry.path), depth + 1, f"{name}/")
            elif entry.is_file(follow_symlinks=False) and file_key(entry.name) in SPEC_BY_KEY:
                candidates.append((Path(entry.path), name))

    walk(folder, 0, "")
    if seen > limits.max_scanned:
        warnings.append(
            f"{folder.name} holds more than {limits.max_scanned:,} files; the search stopped "
            "there, so choose the folder of the LinkedIn export itself if a file is missing"
        )
    elif seen > limits.max_entries:
        warnings.append(_too_many(folder.name, f"{seen:,} files"))
    if skipped_links:
        # A link could point anywhere on the machine; an export never contains one.
        warnings.append(
            f"{folder.name}: ignored symbolic links: " + ", ".join(f"“{n}”" for n in skipped_links)
        )
    budget = _Budget(limits)
    found = []
    for (file, _name), display in _pick(candidates, lambda c: c[1], warnings, folder.name):
        spec = SPEC_BY_KEY[file_key(file.name)]
        found.append(Found(spec, display, lambda f=file, d=display: budget.read_file(f, d)))
    return found
