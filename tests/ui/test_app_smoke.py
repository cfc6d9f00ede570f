from resume_builder.services.demo import write_demo
from resume_builder.storage.repository import Repository


def test_window_lists_the_demo_career(qtbot, tmp_path):
    from PySide6.QtWidgets import QTableWidget

    from resume_builder.ui.main_window import MainWindow

    repo = Repository.open(tmp_path)
    write_demo(repo)
    window = MainWindow(repo, demo=True)
    qtbot.addWidget(window)
    window.show()
    table = window.findChild(QTableWidget, "accomplishments")
    assert table.rowCount() >= 40
    assert "demo" in window.windowTitle()
    window.shutdown()
