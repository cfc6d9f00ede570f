"""The repository: every read and write of the career record goes through here.

TinyDB keeps the parsed database in memory (its MemoryStorage) and answers queries; this
module decides when the whole database is written, and writes it atomically with integrity
data. One user action is one save: wrap several changes in `batch()` to save them together.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

from tinydb import Query, TinyDB
from tinydb.storages import MemoryStorage
from tinydb.table import Document

from resume_builder import __version__
from resume_builder.domain.models import (
    RECORD_TYPES,
    Accomplishment,
    Profile,
    Record,
    Skill,
    find_skill,
    now_iso,
)
from resume_builder.storage.atomic import atomic_write_bytes, remove_stale_temps
from resume_builder.storage.backups import Backup, BackupFolder
from resume_builder.storage.errors import (
    CorruptDatabaseError,
    NewerSchemaError,
    ReadOnlyError,
    SaveError,
)
from resume_builder.storage.fileformat import (
    MIGRATIONS,
    SCHEMA_VERSION,
    Data,
    IntegrityError,
    Migration,
    decode,
    encode,
    migrate,
)
from resume_builder.storage.lock import DataFolderLock

DB_NAME = "resume.json"
BACKUP_DIR = "backups"
R = TypeVar("R", bound=Record)


def database_path(data_dir: Path) -> Path:
    """Where the database file of a data folder lives."""
    return data_dir / DB_NAME


class Repository:
    """The career record of one data folder.

    Open it with `Repository.open()`. A read-write repository holds the data folder's lock
    until `close()`; a read-only one (for command-line readers while the app is open) takes
    no lock and never writes.
    """

    def __init__(
        self,
        data_dir: Path,
        data: Data,
        *,
        read_only: bool,
        save_counter: int,
        schema_version: int,
        lock: DataFolderLock | None,
        backups: BackupFolder,
    ):
        self.data_dir = data_dir
        self.path = database_path(data_dir)
        self.read_only = read_only
        self.save_counter = save_counter
        self.schema_version = schema_version
        self.backups = backups
        self.dirty = False
        self.last_save_error: SaveError | None = None
        self._lock = lock
        # The mutex guards the records and the save bookkeeping; it is never held across a
        # write, so an edit on the UI thread never waits for the disk. Whose turn it is to
        # write is the `_writing` flag, waited for on `_turn` (which shares the mutex).
        self._mutex = threading.RLock()
        self._turn = threading.Condition(self._mutex)
        self._writing = False
        self._generation = 0  # bumped by every change; a save clears `dirty` only if unchanged
        self._batch_depth = 0
        #: how the database's bytes reach a file: (path, bytes) -> None; a test may slow it
        self.writer: Callable[[Path, bytes], None] = atomic_write_bytes
        self._db = TinyDB(storage=MemoryStorage)
        self._db.storage.write(data)
        # Read from the stored documents themselves: making TinyDB Documents of every one
        # only to read two keys costs start-up time on a big career.
        self._index: dict[str, dict[str, int]] = {
            record_type.KIND: {
                doc["id"]: int(doc_id) for doc_id, doc in self._documents(record_type.KIND).items()
            }
            for record_type in RECORD_TYPES
        }

    # ----------------------------------------------------------------- opening and closing
    @classmethod
    def open(
        cls,
        data_dir: Path,
        *,
        read_only: bool = False,
        schema_version: int = SCHEMA_VERSION,
        migrations: dict[int, Migration] | None = None,
        clock: Callable[[], datetime] = datetime.now,
        lock: DataFolderLock | None = None,
    ) -> Repository:
        """Opens (or creates) the database of a data folder.

        `lock` is the folder's lock when the caller took it already (the window takes it
        before it shows, so "already open" is decided first): the repository then holds
        that one. Taken or not, it is released if opening fails, like a lock made here.

        Raises:
            LockedError: another instance has the folder open for writing.
            CorruptDatabaseError: the file is damaged; opened for writing, it was moved aside.
            NewerSchemaError: the file needs a newer app to be written (reading is allowed).

        """
        data_dir = Path(data_dir)
        path = database_path(data_dir)
        backups = BackupFolder(data_dir / BACKUP_DIR, clock)
        migrations = MIGRATIONS if migrations is None else migrations
        if read_only:
            lock = None
        else:
            data_dir.mkdir(parents=True, exist_ok=True)
            lock = lock if lock is not None else DataFolderLock(data_dir)
            lock.acquire()  # nothing to do if the caller's lock is held
        try:
            if not read_only:
                remove_stale_temps(path)
            if not path.exists():
                data: Data = {}
                counter, version = 0, schema_version
            else:
                try:
                    with _no_cycle_collection():
                        meta, data = decode(path.read_bytes())
                except (IntegrityError, OSError) as exc:
                    reason = str(exc) if isinstance(exc, IntegrityError) else f"unreadable ({exc})"
                    moved = None if read_only else _move_aside(path, clock)
                    newest = backups.newest_good()
                    raise CorruptDatabaseError(
                        path, reason, moved, newest.path if newest else None
                    ) from None
                counter, version = meta.save_counter, meta.schema_version
                if version > schema_version and not read_only:
                    raise NewerSchemaError(path, version, schema_version)
                if version < schema_version:
                    if not read_only:
                        backups.take(path, "pre-migration")
                    data = migrate(data, version, schema_version, migrations)
            repo = cls(
                data_dir,
                data,
                read_only=read_only,
                save_counter=counter,
                schema_version=max(version, schema_version),
                lock=lock,
                backups=backups,
            )
            if not read_only:
                if not path.exists() or version < schema_version:
                    repo.save()
                backups.take_daily(path)
            return repo
        except BaseException:
            if lock is not None:
                lock.release()
            raise

    def close(self) -> None:
        """Releases the data folder (unsaved changes are the caller's to save first)."""
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Repository:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ----------------------------------------------------------------- saving
    @contextmanager
    def batch(self) -> Iterator[None]:
        """Groups several changes into one save (one user action, one write)."""
        with self._mutex:
            self._batch_depth += 1
            try:
                yield
            finally:
                self._batch_depth -= 1
            if self._batch_depth == 0 and self.dirty and self.autosave:
                self.save()

    autosave = True
    """Save after every change (outside a batch). The GUI turns this off and saves itself."""

    def _changed(self) -> None:
        self.dirty = True
        self._generation += 1
        if self._batch_depth == 0 and self.autosave:
            self.save()

    def encode(self) -> bytes:
        """The bytes a save would write now (with the next save counter)."""
        with self._mutex:
            return self._encode(self.save_counter + 1)

    def _encode(self, save_counter: int) -> bytes:
        return encode(
            self._db.storage.read() or {},
            schema_version=self.schema_version,
            save_counter=save_counter,
            saved_at=datetime.now(UTC).replace(microsecond=0).isoformat(),
            app_version=__version__,
        )

    def save(self) -> None:
        """Writes the database atomically; changes made meanwhile stay dirty for the next save.

        The records are encoded under the mutex, written and fsynced outside it. Saves take
        turns: one writes at a time and each encodes only after the one before it finished,
        so an older state is never written over a newer one.

        Raises:
            SaveError: the write failed; the data stays in memory and `dirty` stays set.

        """
        if self.read_only:
            raise ReadOnlyError(f"{self.path} is open read-only; nothing can be saved")
        with self._mutex:
            # Waiting releases the mutex (even one held by an enclosing batch of this
            # thread), so the save that is writing can finish its bookkeeping.
            self._turn.wait_for(lambda: not self._writing)
            self._writing = True
            try:
                generation = self._generation
                counter = self.save_counter + 1
                path = self.path
                payload = self._encode(counter)
            except BaseException:
                self._end_turn()
                raise
        written = False
        try:
            self.writer(path, payload)
            written = True
        except OSError as exc:
            error = SaveError(path, exc)
            with self._mutex:
                self.last_save_error = error
            raise error from None
        finally:
            with self._mutex:
                if written:
                    self.save_counter = counter
                    self.last_save_error = None
                    if self._generation == generation:
                        self.dirty = False
                self._end_turn()

    def _end_turn(self) -> None:
        self._writing = False
        self._turn.notify_all()

    def save_copy(self, target: Path) -> None:
        """Writes the database to another file (when the usual place cannot be written)."""
        try:
            self.writer(Path(target), self.encode())
        except OSError as exc:
            raise SaveError(Path(target), exc) from None

    # ----------------------------------------------------------------- generic records
    def all(self, record_type: type[R]) -> list[R]:
        """Every record of a type, in the order they were added."""
        with self._mutex:
            # Copied under the mutex: TinyDB updates a stored document in place.
            docs = [dict(doc) for doc in self._documents(record_type.KIND).values()]
        with _no_cycle_collection():
            return [record_type.from_dict(doc) for doc in docs]

    def _documents(self, kind: str) -> dict[str, dict]:
        """The stored documents of a table by doc id, in insertion order, as TinyDB keeps them.

        TinyDB's memory storage holds exactly these dicts; `Table.all()` wraps each in a new
        Document. Only read them, under the mutex.
        """
        return (self._db.storage.read() or {}).get(kind, {})

    def get(self, record_type: type[R], record_id: str) -> R | None:
        """One record by id, or None."""
        with self._mutex:
            doc_id = self._index[record_type.KIND].get(record_id)
            doc = None if doc_id is None else self._db.table(record_type.KIND).get(doc_id=doc_id)
        return None if doc is None else record_type.from_dict(dict(doc))

    def count(self, record_type: type[Record]) -> int:
        """How many records of a type there are."""
        return len(self._index[record_type.KIND])

    def put(self, record: Record) -> None:
        """Inserts or replaces one record, then saves (unless in a batch)."""
        self.put_many([record])

    def put_many(self, records: Iterable[Record], *, touch: bool = True) -> None:
        """Inserts or replaces several records with one save.

        With `touch`, accomplishments get the current time as `updated`; undo passes False so
        that a restored record is exactly what it was.
        """
        self._check_writable()
        unique = {(r.KIND, r.id): r for r in records}  # the same record twice: the last wins
        if not unique:
            return
        for record in unique.values():  # refuse the whole call before changing anything
            record.validate()
        with self._mutex:
            new: dict[str, list[dict]] = {}
            for record in unique.values():
                if touch and isinstance(record, Accomplishment):
                    record.updated = now_iso()
                kind = record.KIND
                doc = record.to_dict()
                doc_id = self._index[kind].get(record.id)
                if doc_id is None:
                    new.setdefault(kind, []).append(doc)
                else:
                    self._db.table(kind).upsert(Document(doc, doc_id=doc_id))
            for kind, docs in new.items():
                for doc, doc_id in zip(
                    docs, self._db.table(kind).insert_multiple(docs), strict=True
                ):
                    self._index[kind][doc["id"]] = doc_id
            self._changed()

    def apply(self, put: Iterable[Record] = (), remove: Iterable[Record] = ()) -> None:
        """Puts and removes records exactly as given, with one save and no cascading.

        What a delete or a merge changes besides the records named (an accomplishment losing a
        deleted skill, say) is worked out by services.records and arrives here in `put`, so
        that undo can restore precisely the state before.
        """
        self._check_writable()
        with self._mutex, self.batch():
            removals: dict[str, list[int]] = {}
            for record in remove:
                doc_id = self._index[record.KIND].pop(record.id, None)
                if doc_id is not None:
                    removals.setdefault(record.KIND, []).append(doc_id)
            for kind, doc_ids in removals.items():
                self._db.table(kind).remove(doc_ids=doc_ids)
            put = list(put)
            if put:
                self.put_many(put, touch=False)
            elif removals:
                self._changed()

    def _check_writable(self) -> None:
        if self.read_only:
            raise ReadOnlyError(f"{self.path} is open read-only; nothing can be changed")

    # ----------------------------------------------------------------- the profile
    def profile(self) -> Profile:
        """The one profile (an empty one until the user fills it in)."""
        profiles = self.all(Profile)
        return profiles[0] if profiles else Profile()

    def set_profile(self, profile: Profile) -> None:
        """Stores the profile, replacing any other, with one save."""
        others = [p for p in self.all(Profile) if p.id != profile.id]
        self.apply(put=[profile], remove=others)

    # ----------------------------------------------------------------- questions
    def accomplishments_with_skill(self, skill_id: str) -> list[Accomplishment]:
        """The accomplishments tagged with a skill."""
        with self._mutex:
            docs = self._db.table(Accomplishment.KIND).search(
                Query().skill_ids.test(lambda ids: skill_id in ids)
            )
        return [Accomplishment.from_dict(dict(doc)) for doc in docs]

    def find_skill(self, name: str) -> Skill | None:
        """The skill whose name or alias is `name` (case-insensitive)."""
        return find_skill(self.all(Skill), name)

    def counts(self) -> dict[str, int]:
        """How many records of each kind there are."""
        return {kind: len(ids) for kind, ids in self._index.items()}


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Holds off the cycle collector while thousands of records are made.

    Each new batch of objects would set it off again and again over everything made so far,
    and records hold no cycles; it runs as usual afterwards.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def _move_aside(path: Path, clock: Callable[[], datetime]) -> Path:
    target = path.with_name(f"{path.stem}.corrupt-{clock():%Y%m%d-%H%M%S}{path.suffix}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(
            f"{path.stem}.corrupt-{clock():%Y%m%d-%H%M%S}-{counter}{path.suffix}"
        )
    path.replace(target)
    return target


def restore_backup(data_dir: Path, backup_path: Path) -> None:
    """Makes a backup the current database (the current one, if sound, is backed up first).

    Raises:
        IntegrityError: the backup itself is damaged.
        LockedError: the app holds the data folder.

    """
    restore_database_bytes(data_dir, Path(backup_path).read_bytes())


def restore_database_bytes(
    data_dir: Path,
    raw: bytes,
    companions: dict[str, bytes] | None = None,
    kept: list[Path] | None = None,
) -> Backup | None:
    """Makes `raw` the current database, backing up the current one (if sound) first.

    `companions` are other files of the data folder (the user dictionary, preferences.json)
    written under the same lock, each atomically, after a "pre-restore" copy of the one it
    replaces (its path appended to `kept`); their names must be plain file names. Returns the
    "pre-restore" backup of the database, or None when there was no sound database to back up.

    Raises:
        IntegrityError: `raw` is not a sound database file.
        LockedError: the app holds the data folder.

    """
    decode(raw)
    data_dir = Path(data_dir)
    companions = dict(companions or {})
    for name in companions:
        if Path(name).name != name or name in ("", ".", "..", DB_NAME):
            raise ValueError(f"{name!r} is not a plain file name of the data folder")
    data_dir.mkdir(parents=True, exist_ok=True)
    with DataFolderLock(data_dir):
        path = database_path(data_dir)
        backups = BackupFolder(data_dir / BACKUP_DIR)
        taken = None
        if path.exists():
            try:
                decode(path.read_bytes())
            except (IntegrityError, OSError):
                pass  # a damaged current file is not worth a backup; it was moved aside anyway
            else:
                taken = backups.take(path, "pre-restore")
        copies = [backups.take_companion(data_dir / name, "pre-restore") for name in companions]
        atomic_write_bytes(path, raw)
        for name, content in companions.items():
            atomic_write_bytes(data_dir / name, content)
        if kept is not None:
            kept.extend(copy for copy in copies if copy is not None)
        return taken
