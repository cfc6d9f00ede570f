"""Reading an import file and planning it on the pool; nothing is written there."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal

from resume_builder.domain.snapshot import CareerSnapshot

log = logging.getLogger(__name__)


class ImportSignals(QObject):
    """What an import worker reports, on the UI thread."""

    finished = Signal(object)  # the ImportPlan
    failed = Signal(str)  # a sentence for the user naming the file and the problem


class ImportWorker(QRunnable):
    """Parses an import file and plans it against a snapshot on a pool thread.

    Nothing is written here: the plan goes back to the UI thread for the preview.
    """

    def __init__(self, kind: str, path: Path, snapshot: CareerSnapshot, read=None):
        super().__init__()
        if not isinstance(snapshot, CareerSnapshot):
            raise TypeError("ImportWorker needs a CareerSnapshot, not a live store")
        self.kind = kind
        self.path = Path(path)
        self.snapshot = snapshot
        self._read = read
        self.signals = ImportSignals()  # created on the UI thread, so slots run there
        self.setAutoDelete(False)

    def run(self) -> None:
        from resume_builder.services.importing.files import plan_import, read_import

        try:
            parsed = (self._read or read_import)(self.kind, self.path)
            plan = plan_import(parsed, self.snapshot)
        except ValueError as exc:  # ImportFileError, and record rules the importer missed
            self.signals.failed.emit(str(exc))
        except OSError as exc:
            where = exc.filename or self.path
            self.signals.failed.emit(f"Cannot read {where}: {exc.strerror or exc}.")
        except Exception as exc:  # noqa: BLE001 - a bug: logged, and a sentence for the user
            log.exception("import of %s failed", self.path)
            self.signals.failed.emit(f"{self.path.name} could not be imported ({exc}).")
        else:
            self.signals.finished.emit(plan)
