"""The live preview and the job lifecycle it shares with the Export dialog (ui/workers.py)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from resume_builder import paths
from resume_builder.domain.models import Profile
from resume_builder.domain.snapshot import CareerSnapshot
from resume_builder.services.documents import ExportCancelled, ExportRequest, ExportResult
from resume_builder.ui.widgets.live_preview import LivePreview
from resume_builder.ui.workers import ExportJobs, PreviewJobs, app_pool

WAIT_MS = 10_000
SNAPSHOT = CareerSnapshot(profile=Profile(name="Dana Lindqvist"))


class GatedJob:
    """A document job that waits at its first step until the test lets it go on."""

    def __init__(self):
        self.started = threading.Event()
        self.gate = threading.Event()
        self.runs = 0

    def __call__(self, request, snapshot, templates_dir):
        self.runs += 1
        self.started.set()
        self.gate.wait(5)
        cancelled = yield 0.5, "Typesetting"
        if cancelled:
            raise ExportCancelled
        yield 1.0, "Done"
        return ExportResult(path=None, data=b"%PDF-1.4 stale", pages=1, fit=None, warnings=[])


@pytest.fixture
def gated():
    job = GatedJob()
    yield job
    job.gate.set()  # never leave a pool thread waiting


def test_a_preview_cleared_while_typesetting_keeps_its_message(qtbot, gated):
    preview = LivePreview(lambda: (ExportRequest(), SNAPSHOT), paths.templates_dir(), job=gated)
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitUntil(lambda: gated.started.is_set(), timeout=WAIT_MS)

    # The records emptied while the page was typesetting: the message replaces the page.
    preview.show_message("Add a role first.")
    with qtbot.waitSignal(preview.jobs.ended, timeout=WAIT_MS):
        gated.gate.set()
    qtbot.wait(50)  # a result still queued would arrive now
    assert preview.status.text() == "Add a role first."
    assert preview.result is None and preview.data == b""
    assert not preview.pages.isVisibleTo(preview)
    preview.stop()


def test_a_rescheduled_preview_drops_the_older_result(qtbot, gated):
    jobs = PreviewJobs(lambda: (ExportRequest(), SNAPSHOT), Path("."), None, 10, job=gated)
    shown: list = []
    jobs.finished.connect(shown.append)
    jobs.start_now()
    assert gated.started.wait(5)
    first = jobs.request
    jobs.schedule()  # an edit: the running preview is overtaken
    with qtbot.waitSignal(jobs.finished, timeout=WAIT_MS):
        gated.gate.set()
    assert len(shown) == 1 and gated.runs == 2  # only the newer one reported
    assert jobs.request is not first
    jobs.stop()
    assert jobs.wait(5)


def test_export_jobs_report_progress_cancel_and_end_on_the_shared_pool(qtbot, gated):
    jobs = ExportJobs(Path("."), job=gated)
    assert jobs._pool is app_pool()
    progress: list = []
    jobs.progressed.connect(lambda fraction, step: progress.append((fraction, step)))
    finished: list = []
    jobs.finished.connect(finished.append)
    with qtbot.waitSignal(jobs.started, timeout=WAIT_MS):
        jobs.start(ExportRequest(language="sv"), SNAPSHOT)
    assert jobs.running and jobs.request.language == "sv"
    assert gated.started.wait(5)
    with qtbot.waitSignals([jobs.cancelled, jobs.ended], timeout=WAIT_MS):
        jobs.cancel()
        gated.gate.set()
    assert not jobs.running and finished == []
    assert progress in ([], [(0.5, "Typesetting")])

    # The next job runs to its end and reports its result and each step.
    gated.started.clear()
    progress.clear()
    with qtbot.waitSignal(jobs.finished, timeout=WAIT_MS) as done:
        jobs.start(ExportRequest(), SNAPSHOT)
    assert done.args[0].data.startswith(b"%PDF")
    assert progress == [(0.5, "Typesetting"), (1.0, "Done")]
    assert jobs.wait(5)


def test_stopping_waits_for_its_own_jobs_not_for_the_whole_pool(qtbot, gated):
    other = threading.Event()
    app_pool().start(lambda: other.wait(5))  # another view's long job on the same pool
    try:
        jobs = ExportJobs(Path("."), job=gated)
        jobs.start(ExportRequest(), SNAPSHOT)
        assert gated.started.wait(5)
        jobs.stop()
        gated.gate.set()
        assert jobs.wait(5)  # returns although the other job still runs
        assert app_pool().activeThreadCount() >= 1
    finally:
        other.set()
        app_pool().waitForDone(5000)


def test_a_job_outlives_an_owner_deleted_while_it_runs_and_is_then_let_go(qtbot, gated):
    import gc

    jobs = ExportJobs(Path("."), job=gated)
    keeper = jobs._keeper
    worker = jobs.start(ExportRequest(), SNAPSHOT)
    assert gated.started.wait(5)
    assert any(kept is worker for kept in keeper._retired)  # held from its start
    del worker
    jobs.deleteLater()  # the owner goes while its job still typesets
    del jobs
    qtbot.wait(50)
    gc.collect()
    gated.gate.set()
    assert app_pool().waitForDone(5000)
    # The keeper lets it go once its thread has left it, looking again by itself.
    qtbot.waitUntil(lambda: keeper._retired == [], timeout=WAIT_MS)
