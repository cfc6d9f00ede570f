"""The window's view of the career record: cached records, change signals, background saves.

Widgets never touch the repository: undo commands call `apply()`, models listen to the signals.
Saves are debounced and run on the store's own save thread, so typing never waits for the
disk: the repository encodes under its lock and writes outside it, so an edit made while a
save is writing goes ahead at once and is saved by the next save.

The save thread is a one-thread QThreadPool of the store's own, not the application pool
(`ui/workers.py`): one thread keeps saves in order, and a save never queues behind an export.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from resume_builder.domain.models import RECORD_TYPES, Profile, Record, Skill, find_skill
from resume_builder.storage.errors import SaveError


class _Signals(QObject):
    save_finished = Signal(str)


class CareerStore(QObject):
    """Records by kind in memory, kept in step with the repository."""

    records_changed = Signal(str, list)  # kind, ids put (added or updated)
    records_removed = Signal(str, list)  # kind, ids removed
    save_failed = Signal(str)  # a sentence for the user; emitted once per failure streak
    saved = Signal()

    SAVE_DELAY_MS = 400

    def __init__(self, repository, parent: QObject | None = None):
        super().__init__(parent)
        self.repository = repository
        repository.autosave = False
        # Each kind is read from the repository when first asked for: the window goes on
        # screen before its page reads thousands of accomplishments (counting reads none).
        self._types = {t.KIND: t for t in RECORD_TYPES}
        self._loaded: dict[str, dict[str, Record]] = {}
        self._pool = QThreadPool(self)  # the save thread: one, so saves stay in order
        self._pool.setMaxThreadCount(1)
        self._pool.setObjectName("resume-builder-saves")
        self._signals = _Signals(self)
        self._signals.save_finished.connect(self._on_save_finished)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_soon_now)
        self._saving = False
        self._again = False
        self._failing = False

    # ---------------------------------------------------------------- reading
    def _kind(self, kind: str) -> dict[str, Record]:
        """The records of a kind by id, read from the repository the first time."""
        records = self._loaded.get(kind)
        if records is None:
            records = {r.id: r for r in self.repository.all(self._types[kind])}
            self._loaded[kind] = records
        return records

    def records(self, record_type: type[Record]) -> list[Record]:
        """Every record of a type (shared objects: copy before changing)."""
        return list(self._kind(record_type.KIND).values())

    def count(self, record_type: type[Record]) -> int:
        """How many records of a type there are (without copying or reading them)."""
        records = self._loaded.get(record_type.KIND)
        return len(records) if records is not None else self.repository.count(record_type)

    def get(self, record_type: type[Record], record_id: str | None) -> Record | None:
        """One record or None."""
        if record_id is None:
            return None
        return self._kind(record_type.KIND).get(record_id)

    def profile(self) -> Profile:
        """The profile (an empty one at first)."""
        profiles = self.records(Profile)
        return profiles[0] if profiles else Profile()

    def skill_by_name(self, name: str) -> Skill | None:
        """The skill with this name or alias, case-insensitive."""
        return find_skill(self._kind(Skill.KIND).values(), name)

    # ---------------------------------------------------------------- writing (undo commands)
    def apply(self, put: list[Record] = (), remove: list[Record] = ()) -> None:
        """Puts and removes exactly these records, tells the models, and schedules a save."""
        put, remove = list(put), list(remove)
        # Read before the change, so what is read is what the change applies to.
        kinds = {record.KIND: self._kind(record.KIND) for record in (*put, *remove)}
        self.repository.apply(put=put, remove=remove)
        removed: dict[str, list[str]] = {}
        for record in remove:
            if kinds[record.KIND].pop(record.id, None) is not None:
                removed.setdefault(record.KIND, []).append(record.id)
        changed: dict[str, list[str]] = {}
        for record in put:
            kinds[record.KIND][record.id] = record
            changed.setdefault(record.KIND, []).append(record.id)
        for kind, ids in removed.items():
            self.records_removed.emit(kind, ids)
        for kind, ids in changed.items():
            self.records_changed.emit(kind, ids)
        self._timer.start()

    # ---------------------------------------------------------------- saving
    @property
    def has_unsaved_changes(self) -> bool:
        """True while something is not yet on disk."""
        return self.repository.dirty or self._saving or self._timer.isActive()

    def save_soon_now(self) -> None:
        """Starts a background save now (or right after the one running)."""
        self._timer.stop()
        if not self.repository.dirty:
            return
        if self._saving:
            self._again = True
            return
        self._saving = True
        # A plain function, not a QRunnable subclass: the pool deletes its runnables on its own
        # thread, and deleting a Python-made QRunnable there races the garbage collector.
        self._pool.start(self._save_on_worker)

    def _save_on_worker(self) -> None:
        try:
            self.repository.save()
        except SaveError as exc:
            self._signals.save_finished.emit(str(exc))
        else:
            self._signals.save_finished.emit("")

    def _on_save_finished(self, error: str) -> None:
        self._saving = False
        if error:
            if not self._failing:  # say it once, not at every keystroke
                self._failing = True
                self.save_failed.emit(error)
        else:
            self._failing = False
            self.saved.emit()
        if self._again:
            self._again = False
            self.save_soon_now()

    def flush(self) -> str:
        """Saves synchronously (at quit); returns an error sentence or ""."""
        self._timer.stop()
        self._pool.waitForDone()
        if not self.repository.dirty:
            return ""
        try:
            self.repository.save()
        except SaveError as exc:
            return str(exc)
        return ""
