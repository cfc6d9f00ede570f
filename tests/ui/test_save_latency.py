"""An edit in the window never waits for the disk, even while a slow save is writing."""

from __future__ import annotations

import statistics
import threading
import time

from PySide6.QtWidgets import QApplication

from resume_builder.domain.models import Accomplishment
from resume_builder.storage.atomic import atomic_write_bytes
from resume_builder.storage.repository import Repository
from resume_builder.ui.commands import EditFieldCommand
from resume_builder.ui.main_window import MainWindow

SLOW_WRITE_S = 0.5


class SlowWriter:
    """The real writer, half a second late; notes when it is writing."""

    def __init__(self):
        self.writing = threading.Event()
        self.done = threading.Event()

    def __call__(self, path, data):
        self.done.clear()
        self.writing.set()
        time.sleep(SLOW_WRITE_S)
        atomic_write_bytes(path, data)
        self.writing.clear()
        self.done.set()


def test_an_edit_during_a_slow_save_returns_at_once_and_reaches_the_disk(qtbot, tmp_path):
    data_dir = tmp_path / "data"
    with Repository.open(data_dir) as seed:
        seed.put_many([Accomplishment(headline=f"Cut cost {i} by 20%") for i in range(500)])
    repository = Repository.open(data_dir)
    window = MainWindow(repository)
    qtbot.addWidget(window)
    window.show()
    store = window.store
    writer = SlowWriter()
    repository.writer = writer
    first = store.records(Accomplishment)[0]
    window.undo_stack.push(EditFieldCommand(store, first, "headline", "Before the save"))
    store.save_soon_now()
    assert writer.writing.wait(5), "the background save never reached the writer"

    latencies = []
    for i in range(7):
        record = store.get(Accomplishment, first.id)
        command = EditFieldCommand(store, record, "headline", f"Typed during the save {i}")
        start = time.perf_counter()
        window.undo_stack.push(command)
        latencies.append((time.perf_counter() - start) * 1000)
    assert writer.writing.is_set(), "the edits must be timed while the write is going on"
    assert statistics.median(latencies) < 5, latencies

    assert writer.done.wait(5)
    reader = Repository.open(data_dir, read_only=True)
    assert reader.get(Accomplishment, first.id).headline == "Before the save"
    # The edits came after that save had encoded its bytes: they stay unsaved until the next.
    qtbot.waitUntil(lambda: not store.has_unsaved_changes, timeout=10000)
    reader = Repository.open(data_dir, read_only=True)
    assert reader.get(Accomplishment, first.id).headline == "Typed during the save 6"
    window.close()
    window.shutdown()
    QApplication.processEvents()
