"""The Profile page's photo: a thumbnail, Choose Photo… and Remove Photo, each an undo step.

The picture is checked and made small by services.photo, on the pool (a camera's picture takes
a moment to decode), before anything is stored; one that cannot be used leaves the photo as it
was and says why under the buttons.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from resume_builder.domain.models import Photo
from resume_builder.ui.commands import change_command

# The thumbnail's box on screen, in device-independent pixels (a photo's 3:4 shape)
THUMBNAIL = QSize(96, 128)


class PhotoPanel(QWidget):
    """The profile photo as the user sees and changes it."""

    # a chosen picture became the photo (one undo step)
    photo_chosen = Signal()
    # a picture was chosen and could not be used (the sentence says why)
    photo_refused = Signal(str)

    def __init__(self, store, undo_stack, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("profilePhoto")
        self.store = store
        self.undo_stack = undo_stack
        self._worker = None  # the picture being made into the photo's copy, if any
        self._keeper = None
        self.thumbnail = QLabel()
        self.thumbnail.setObjectName("profilePhotoThumbnail")
        self.thumbnail.setAccessibleName(self.tr("Profile photo"))
        self.thumbnail.setFixedSize(THUMBNAIL)
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumbnail.setFrameShape(QFrame.Shape.StyledPanel)
        self.choose_button = QPushButton(self.tr("Choose Pho&to…"))
        self.choose_button.setObjectName("chooseProfilePhoto")
        self.choose_button.setToolTip(
            self.tr(
                "A JPEG or PNG picture of you; a small copy is kept with your records. A résumé "
                "shows it only when you tick Include photo as you export it."
            )
        )
        self.remove_button = QPushButton(self.tr("Remove Photo"))
        self.remove_button.setObjectName("removeProfilePhoto")
        self.info_label = QLabel()
        self.info_label.setObjectName("profilePhotoInfo")
        self.info_label.setWordWrap(True)
        self.info_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_label = QLabel()
        self.problem_label.setObjectName("profilePhotoProblem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_label.hide()

        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        side = QVBoxLayout()
        side.addLayout(buttons)
        side.addWidget(self.info_label)
        side.addWidget(self.problem_label)
        side.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.thumbnail, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(side, 1)

        self.choose_button.clicked.connect(self.choose_photo)
        self.remove_button.clicked.connect(self.remove_photo)
        store.records_changed.connect(self._on_store_records_changed)
        store.records_removed.connect(self._on_store_records_changed)
        self.refresh()

    def photos(self) -> list[Photo]:
        """The photo records kept (one at most, as services.photo keeps them)."""
        return list(self.store.records(Photo))

    # ----------------------------------------------------------------- showing
    def refresh(self) -> None:
        """Shows the photo kept, or says there is none."""
        photos = self.photos()
        photo = photos[0] if photos else None
        pixmap = QPixmap()
        if photo is not None:
            pixmap.loadFromData(photo.image_bytes())
        if pixmap.isNull():
            self.thumbnail.setPixmap(QPixmap())
            self.thumbnail.setText(self.tr("No photo"))
            self.info_label.setText(
                self.tr(
                    "Optional. Many applicant-tracking systems and US employers prefer a résumé "
                    "without a photo; some European employers expect one."
                )
            )
        else:
            ratio = self.devicePixelRatioF()
            scaled = pixmap.scaled(
                THUMBNAIL * ratio,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            scaled.setDevicePixelRatio(ratio)
            self.thumbnail.setText("")
            self.thumbnail.setPixmap(scaled)
            self.info_label.setText(
                self.tr("%1, %2 × %3 pixels. A résumé shows it when you tick Include photo.")
                .replace("%1", photo.source_name or self.tr("Photo"))
                .replace("%2", str(photo.width))
                .replace("%3", str(photo.height))
            )
        self.remove_button.setEnabled(photo is not None)

    def _on_store_records_changed(self, kind: str, _ids: list) -> None:
        if kind == Photo.KIND:
            self.refresh()

    # ----------------------------------------------------------------- changing
    def choose_photo(self) -> None:
        """Asks for a picture and keeps a small copy of it as the photo (one undo step)."""
        from resume_builder.services.photo import FILE_PATTERNS

        patterns = " ".join(FILE_PATTERNS)
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose Photo"),
            "",
            self.tr("Pictures (%1);;All files (*)").replace("%1", patterns),
        )
        if path:
            self.set_photo_from(Path(path))

    def set_photo_from(self, path: Path) -> None:
        """Starts making the picture at `path` the photo: `photo_chosen` once it is (one undo
        step), or `photo_refused` with why it cannot be used (nothing changed, the sentence
        shown under the buttons).
        """
        from resume_builder.ui.workers.photo import PhotoWorker
        from resume_builder.ui.workers.pool import WorkerKeeper, app_pool

        if self._worker is not None:
            return  # one at a time: the button is disabled meanwhile
        worker = PhotoWorker(path)
        worker.signals.finished.connect(self._on_worker_finished)
        worker.signals.failed.connect(self._on_worker_failed)
        self._worker = worker
        self.choose_button.setEnabled(False)
        if self._keeper is None:
            self._keeper = WorkerKeeper(app_pool())
        app_pool().start(worker)

    def _end_work(self) -> None:
        self._keeper.retire(self._worker)
        self._worker = None
        self.choose_button.setEnabled(True)

    def _on_worker_failed(self, reason: str) -> None:
        self._end_work()
        sentence = self.tr("This picture cannot be used: %1.").replace("%1", reason)
        self.problem_label.setText(sentence)
        self.problem_label.show()
        self.photo_refused.emit(sentence)

    def _on_worker_finished(self, photo: Photo) -> None:
        from resume_builder.services.photo import set_photo

        self._end_work()
        self.problem_label.hide()
        change = set_photo(self.photos(), photo)
        self.undo_stack.push(change_command(self.store, self.tr("Choose Photo"), change))
        self.photo_chosen.emit()

    def remove_photo(self) -> None:
        """Removes the photo (one undo step)."""
        from resume_builder.services.photo import remove_photo

        change = remove_photo(self.photos())
        if not change.is_empty():
            self.problem_label.hide()
            self.undo_stack.push(change_command(self.store, self.tr("Remove Photo"), change))
