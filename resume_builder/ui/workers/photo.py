"""Making the profile photo's copy on the pool: decoding a camera's picture takes a moment."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal

log = logging.getLogger(__name__)


class PhotoSignals(QObject):
    """What a photo worker reports, on the UI thread."""

    finished = Signal(object)  # the Photo record, not yet stored
    failed = Signal(str)  # why the picture cannot be used (services.photo.PhotoError)


class PhotoWorker(QRunnable):
    """Checks a picture and makes the photo's copy on a pool thread; nothing is stored here."""

    def __init__(self, path: Path):
        super().__init__()
        self.path = Path(path)
        self.signals = PhotoSignals()  # created on the UI thread, so slots run there
        self.setAutoDelete(False)

    def run(self) -> None:
        from resume_builder.services.photo import PhotoError, prepare_photo

        try:
            photo = prepare_photo(self.path)
        except PhotoError as exc:
            self.signals.failed.emit(str(exc))
        except Exception as exc:  # noqa: BLE001 - a bug: logged, and a sentence for the user
            log.exception("the photo %s could not be made", self.path)
            self.signals.failed.emit(f"{self.path.name} could not be read as a picture ({exc})")
        else:
            self.signals.finished.emit(photo)
