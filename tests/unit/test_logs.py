"""The window's log: in the data folder, rotating, our INFO only, and its tail for reports."""

from __future__ import annotations

import logging
import subprocess
import sys

import pytest

from resume_builder import logs, paths


@pytest.fixture
def log_path(tmp_path):
    path = logs.set_up_logging(tmp_path)
    yield path
    logs.stop_logging()


def test_the_log_is_in_the_data_folders_logs(tmp_path, log_path):
    assert log_path == tmp_path / "logs" / "resume-builder.log" == paths.log_file(tmp_path)
    assert log_path.is_file()
    assert "starting; Python" in log_path.read_text(encoding="utf-8")


def test_our_info_is_kept_and_libraries_only_from_warning(log_path):
    logging.getLogger("resume_builder.export").info("exported 2 pages")
    logging.getLogger("somelibrary").info("chatter")
    logging.getLogger("somelibrary").warning("a real problem")
    text = log_path.read_text(encoding="utf-8")
    assert "exported 2 pages" in text and "a real problem" in text
    assert "chatter" not in text


def test_the_log_rotates_and_keeps_a_few_old_files(tmp_path, monkeypatch):
    monkeypatch.setattr(logs, "MAX_BYTES", 2_000)
    path = logs.set_up_logging(tmp_path)
    try:
        for number in range(400):
            logging.getLogger("resume_builder.test").info("line %04d of the test", number)
    finally:
        logs.stop_logging()
    names = sorted(p.name for p in path.parent.iterdir())
    assert names == [
        "resume-builder.log",
        "resume-builder.log.1",
        "resume-builder.log.2",
        "resume-builder.log.3",
    ]
    assert all(p.stat().st_size <= 2_200 for p in path.parent.iterdir())
    assert logs.tail(path, 1)[0].endswith("line 0399 of the test")


def test_setting_up_twice_leaves_one_handler(tmp_path, log_path):
    logs.set_up_logging(tmp_path / "other")
    handlers = [h for h in logging.getLogger().handlers if h.get_name() == logs.HANDLER_NAME]
    assert len(handlers) == 1


def test_tail_gives_the_last_lines_whole(tmp_path):
    path = tmp_path / "x.log"
    path.write_text("".join(f"line {n} " + "x" * 300 + "\n" for n in range(200)), encoding="utf-8")
    tail = logs.tail(path, 50)
    assert len(tail) == 50
    assert tail[0].startswith("line 150 ") and tail[-1].startswith("line 199 ")
    assert logs.tail(tmp_path / "missing.log") == []


def test_an_uncaught_exception_reaches_the_log(log_path, monkeypatch):
    import sys

    shown = []
    monkeypatch.setattr(sys, "excepthook", lambda *args: shown.append(args))
    logs.stop_logging()
    logs.set_up_logging(log_path.parent.parent)
    try:
        raise ValueError("boom in a slot")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    assert "boom in a slot" in log_path.read_text(encoding="utf-8")
    assert shown  # and it is still printed as before
    logs.stop_logging()
    assert sys.excepthook is not None and not hasattr(sys.excepthook, "_logs_to_file")


def test_setting_up_the_log_imports_no_network_module(tmp_path):
    """The window sets its log up while it starts: socket and pickle (which
    logging.handlers imports) would cost it ~6 ms, platform ~2 ms and platform.platform() a
    subprocess."""
    script = (
        "import sys, pathlib\n"
        "from resume_builder import logs\n"
        "logs.set_up_logging(pathlib.Path(sys.argv[1]))\n"
        "logs.stop_logging()\n"
        "heavy = {'logging.handlers', 'socket', 'pickle', 'subprocess', 'platform'}\n"
        "print(sorted(heavy & set(sys.modules)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
    assert "starting; Python" in (tmp_path / "logs" / "resume-builder.log").read_text("utf-8")
