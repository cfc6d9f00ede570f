"""Takes the README's screenshots of the real app on the demo career (run under Xvfb).

Run: xvfb-run -s '-screen 0 1600x1000x24' python docs/make_screenshots.py [OUT_DIR] [--empty]
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from resume_builder.app import make_application
from resume_builder.domain.models import CAREER_CONVERSATION, Meeting, Target
from resume_builder.services.demo import write_demo
from resume_builder.storage.repository import Repository
from resume_builder.ui.i18n import install_translators
from resume_builder.ui.main_window import MainWindow


def settle(app: QApplication, ms: int = 400) -> None:
    """Lets layouts, timers and the background dictionary load finish."""
    done = []
    QTimer.singleShot(ms, lambda: done.append(True))
    while not done:
        app.processEvents()


def main() -> None:
    """Shows every view on the demo (or an empty) career and saves a PNG of each."""
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    empty = "--empty" in sys.argv
    out = Path(args[0] if args else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = make_application()
    install_translators(app, "en")  # English plural forms, as the app installs them
    with tempfile.TemporaryDirectory() as folder:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
        repo = Repository.open(Path(folder) / "data")
        if not empty:
            write_demo(repo)
        window = MainWindow(repo)
        window.resize(1600, 1000)
        window.show()
        settle(app, 1500)
        prefix = "empty-" if empty else ""
        if not empty:
            _add_demo_target(window)
        for view in window.views:
            window.show_view(view.key)
            settle(app)
            if view.key == "accomplishments" and not empty:
                table = view.findChild(type(view.table)) if hasattr(view, "table") else None
                if table is not None:
                    table.selectRow(0)
                    settle(app)
                    window.grab().save(str(out / "main-window.png"))
                view.add_new()
                settle(app)
                editor = view.headline_edit if hasattr(view, "headline_edit") else None
                if editor is not None:
                    editor.setPlainText("Responsible for helping my team with the migration")
                    settle(app, 600)
                    window.grab().save(str(out / "editor-hints.png"))
                while window.undo_stack.canUndo():
                    window.undo_stack.undo()
                window.undo_stack.clear()
                table.selectRow(0)
                settle(app)
            if view.key == "targets" and not empty:
                _shoot_targets(app, window, view, out)
                continue
            if view.key == "meetings" and not empty:
                _shoot_planner(app, window, view, out)
            page = getattr(view, "page", None)
            if page is not None and not empty and hasattr(page, "table"):
                page.table.selectRow(0)  # show the editor, as a user looking at one would
                settle(app)
            window.grab().save(str(out / f"{prefix}{view.key}.png"))
        if not empty:
            _shoot_export(app, window, out)
        window.close()
        window.shutdown()
        if not empty:
            _shoot_brief(Path(folder) / "data", out)


def _wait_for(app: QApplication, signal, ms: int = 15000) -> None:
    """Runs the event loop until a signal comes or the time is up."""
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _add_demo_target(window) -> None:
    """A target for one of the evaluation postings, as a user would paste it."""
    posting = (
        Path(__file__).resolve().parents[1] / "tests/data/postings/01-head-of-it-operations.txt"
    )
    target = Target(
        company="Borealis Retail Group",
        title="Head of IT Operations",
        location="Stockholm",
        posting=posting.read_text(encoding="utf-8"),
    )
    window.store.apply(put=[target])


def _shoot_targets(app, window, view, out: Path) -> None:
    """The Tailor tab, the résumé with its live preview, and the drafted cover letter."""
    view.page.table.selectRow(0)
    settle(app)
    for index, name in ((1, "targets-tailor"), (2, "targets-resume"), (3, "targets-letter")):
        if index == 3:
            view.draft_letter()
        view.tabs.setCurrentIndex(index)
        preview = {2: view.resume_preview, 3: view.letter_preview}.get(index)
        if preview is not None:
            _wait_for(app, preview.ready)
        settle(app)
        window.grab().save(str(out / f"{name}.png"))
    window.undo_stack.undo()  # the drafted letter
    window.undo_stack.clear()  # so later shots do not offer to redo it


def _shoot_export(app, window, out: Path) -> None:
    """The Export dialog on the demo résumé at a laptop's size, its preview made."""
    from resume_builder.ui.views.export_dialog.dialog import ExportDialog

    dialog = ExportDialog(window.context, window)
    dialog.resize(1300, 720)
    dialog.show()
    _wait_for(app, dialog.preview_ready)
    settle(app, 800)
    dialog.grab().save(str(out / "export-dialog.png"))
    dialog.done(0)


def _career_conversation(window) -> Meeting:
    """The demo's first career conversation (the one its follow-up follows)."""
    meetings = window.store.records(Meeting)
    followed = {m.follows_id for m in meetings if m.follows_id}
    return next(m for m in meetings if m.id in followed and m.kind == CAREER_CONVERSATION)


def _shoot_planner(app, window, view, out: Path) -> None:
    """The Meetings page on the career conversation, at the planner's Position step."""
    view.page.select_record(_career_conversation(window).id)
    settle(app)
    view.planner.steps.setCurrentIndex(1)
    settle(app)
    view.page.scroll.ensureWidgetVisible(view.planner)
    settle(app)
    window.grab().save(str(out / "meetings-planner.png"))


def _shoot_brief(data_dir: Path, out: Path) -> None:
    """The first page of the brief for the demo's follow-up career conversation, as printed."""
    with Repository.open(data_dir, read_only=True) as repo:
        meetings = repo.all(Meeting)
    follow_up = next(m for m in meetings if m.follows_id)
    with tempfile.TemporaryDirectory() as work:
        pdf = Path(work) / "brief.pdf"
        command = [sys.executable, "-m", "resume_builder", "--data-dir", str(data_dir)]
        command += ["export", "brief", "--meeting", follow_up.id, "--format", "pdf"]
        subprocess.run([*command, "--out", str(pdf)], check=True, capture_output=True)
        page = Path(work) / "page"
        subprocess.run(
            ["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", str(pdf), str(page)], check=True
        )
        shutil.copy(next(Path(work).glob("page*.png")), out / "brief-page.png")


if __name__ == "__main__":
    main()
