"""`--debug`: the one-sentence error plus its traceback, and each error in the data folder's log."""

import os
import subprocess
import sys

import pytest

from resume_builder import paths
from resume_builder.cli.main import main


@pytest.fixture
def demo_dir(tmp_path):
    folder = tmp_path / "data"
    assert main(["demo", "--data-dir", str(folder)]) == 0
    return folder


def _last_line(text: str) -> str:
    return text.strip().splitlines()[-1]


@pytest.mark.parametrize("where", ["before", "after"])
def test_debug_adds_the_traceback_and_keeps_the_sentence_and_the_exit_code(tmp_path, capsys, where):
    missing = str(tmp_path / "nowhere")
    assert main(["list", "roles", "--data-dir", missing]) == 1
    plain = capsys.readouterr().err
    assert "Traceback" not in plain and len(plain.strip().splitlines()) == 1

    argv = ["list", "roles", "--data-dir", missing]
    argv = ["--debug", *argv] if where == "before" else [*argv, "--debug"]
    assert main(argv) == 1
    debug = capsys.readouterr().err
    assert "Traceback (most recent call last)" in debug and "CliError" in debug
    assert _last_line(debug) == plain.strip()


def test_an_unexpected_fault_is_one_sentence_and_with_debug_its_traceback(
    demo_dir, tmp_path, capsys, monkeypatch
):
    import resume_builder.services.documents as documents

    def broken(repository):
        raise RuntimeError("the snapshot broke\nsecond line of detail")

    monkeypatch.setattr(documents, "snapshot_of", broken)
    posting = tmp_path / "posting.txt"
    posting.write_text("Python developer", encoding="utf-8")
    argv = ["tailor", "--job-file", str(posting), "--data-dir", str(demo_dir)]

    assert main(argv) == 1
    err = capsys.readouterr().err
    assert err.startswith("resume-builder: unexpected error (the snapshot broke)")
    assert "--debug" in err and len(err.strip().splitlines()) == 1

    assert main([*argv, "--debug"]) == 1
    err = capsys.readouterr().err
    assert "Traceback" in err and 'raise RuntimeError("the snapshot broke' in err
    assert _last_line(err).startswith("resume-builder: unexpected error")


def test_the_root_cause_of_a_sentence_shows_under_debug(demo_dir, capsys):
    # The CLI turns a TargetError into a sentence and hides where it came from; --debug shows it.
    assert main(["target", "show", "nothing", "--data-dir", str(demo_dir), "--debug"]) == 1
    err = capsys.readouterr().err
    assert "TargetError" in err and "CliError" in err


def test_errors_go_to_the_data_folders_log(demo_dir, capsys):
    log_file = paths.log_file(demo_dir)
    assert main(["export", "letter", "--data-dir", str(demo_dir)]) == 1
    text = log_file.read_text(encoding="utf-8")
    assert "ERROR resume_builder.cli.main: `export` failed: a cover letter is written" in text
    assert "Traceback" not in text  # the user's own mistake needs no traceback

    assert main(["target", "show", "nothing", "--data-dir", str(demo_dir), "--debug"]) == 1
    text = log_file.read_text(encoding="utf-8")
    assert "`target show` failed: there is no target" in text and "Traceback" in text
    capsys.readouterr()


def test_a_folder_without_a_database_gets_no_log(tmp_path, capsys):
    folder = tmp_path / "not-a-data-folder"
    folder.mkdir()
    assert main(["list", "skills", "--data-dir", str(folder)]) == 1
    assert list(folder.iterdir()) == []


def _run(*args):
    env = {k: v for k, v in os.environ.items() if k != "RESUME_BUILDER_DATA"}
    return subprocess.run(
        [sys.executable, "-m", "resume_builder", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_a_logged_error_is_still_one_line_on_stderr_of_a_real_process(demo_dir, tmp_path):
    # Logged or not (no log file), the error reaches stderr once: logging never repeats it there.
    result = _run("list", "roles", "--data-dir", tmp_path / "nowhere")
    assert result.returncode == 1 and len(result.stderr.strip().splitlines()) == 1

    result = _run("export", "letter", "--data-dir", demo_dir)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "resume-builder: a cover letter is written for one job posting: add --target NAME "
        "(`resume-builder target list` shows the targets)"
    ]
    assert "`export` failed" in paths.log_file(demo_dir).read_text(encoding="utf-8")


def test_a_log_that_cannot_be_opened_leaves_the_error_as_it_is(demo_dir, capsys):
    log_file = paths.log_file(demo_dir)
    log_file.parent.mkdir(exist_ok=True)
    log_file.mkdir()  # where the file should be, a folder: opening it fails
    assert main(["export", "letter", "--data-dir", str(demo_dir)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("resume-builder: a cover letter") and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("argv", "logged"),
    [
        (["application", "move", "nothing", "--to", "applied"], "`application move` failed"),
        (["application", "list", "--status", "hired"], "`application list` failed"),
        (
            ["organisation", "add", "--name", "havsvind energi ab"],
            "`organisation add` failed: there is already an organisation",
        ),
        (["meeting", "show", "nothing"], "`meeting show` failed"),
        (["backup", "restore", "nowhere.json"], "`backup restore` failed"),
        (["calendar", "--out", "{data}/no-such-folder/due.ics"], "`calendar` failed: cannot write"),
    ],
)
def test_the_log_names_the_command_and_its_action(demo_dir, capsys, argv, logged):
    # Read from the parser's subcommands, so every command with actions is named in full.
    argv = [part.format(data=demo_dir) for part in argv]
    assert main([*argv, "--data-dir", str(demo_dir)]) == 1
    assert logged in paths.log_file(demo_dir).read_text(encoding="utf-8")
    capsys.readouterr()
