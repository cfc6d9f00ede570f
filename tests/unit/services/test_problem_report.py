"""The problem report: versions and the log's tail, never a line quoting the user's own text."""

from __future__ import annotations

import logging
import os
import platform
from pathlib import Path

import pytest

from resume_builder import __version__, logs, paths
from resume_builder.domain.models import Accomplishment, Profile
from resume_builder.services.problem_report import (
    MIN_QUOTED_LENGTH,
    OMITTED_LINE,
    REPORT_LOG_LINES,
    own_names,
    own_texts,
    problem_report,
    without_home,
    without_own_text,
)


@pytest.fixture
def log_file(tmp_path):
    path = logs.set_up_logging(tmp_path)
    yield path
    logs.stop_logging()


def test_own_texts_are_every_prose_field_of_every_accomplishment():
    item = Accomplishment(
        headline="Headline text",
        situation="Situation text",
        task="Task text",
        action="Action text",
        result="Result text",
        metrics=["32% faster", "2 MSEK"],
        notes="Notes text",
        evidence=["https://example.com/proof"],
    )
    texts = own_texts([item, Accomplishment(headline="Second one")])
    assert {"Headline text", "Situation text", "Task text", "Action text", "Result text"} <= set(
        texts
    )
    assert {"32% faster", "2 MSEK", "Notes text", "Second one"} <= set(texts)
    # Evidence is links and file names: what a developer may need to see a path problem.
    assert "https://example.com/proof" not in texts


def test_own_texts_include_the_profiles_prose():
    profile = Profile(name="Dana", summary="Twenty years of running IT", address="Storgatan 1")
    texts = own_texts([], profile)
    assert {"Twenty years of running IT", "Storgatan 1"} <= set(texts)


def test_own_names_are_the_name_its_parts_the_email_and_phone():
    profile = Profile(name="Dana  Åberg-Lind", email="dana@example.com", phone="+46 70 123")
    assert own_names(profile) == [
        "Dana  Åberg-Lind",
        "Dana",
        "Åberg-Lind",
        "dana@example.com",
        "+46 70 123",
    ]
    assert own_names(None) == [] and own_names(Profile()) == []


def test_a_line_naming_the_user_as_a_word_is_left_out():
    lines = [
        "exported Dana_Resume.pdf",  # "_" parts words in a file name
        "exported CV for dana åberg-lind",
        "mail to DANA@example.com failed",
        "Al wrote",  # too short a name to tell
        "Danaher Corp imported",
    ]
    names = own_names(Profile(name="Dana Åberg-Lind Al", email="dana@example.com"))
    assert without_own_text(lines, [], names) == [
        OMITTED_LINE,
        OMITTED_LINE,
        OMITTED_LINE,
        "Al wrote",
        "Danaher Corp imported",
    ]


def test_the_home_folder_is_written_as_a_tilde(tmp_path):
    home = tmp_path / "dana"
    text = f"Data folder: {home}/.local/share/x\nOther: {home}ae/y\nHome: {home}"
    assert without_home(text, home) == (
        f"Data folder: ~/.local/share/x\nOther: {home}ae/y\nHome: ~"
    )
    assert without_home("/x", Path("/")) == "/x" and without_home("/x", None) == "/x"


def test_the_report_keeps_the_home_folder_and_names_out(tmp_path):
    home = tmp_path
    data_dir = tmp_path / "data"
    path = logs.set_up_logging(data_dir)
    try:
        logging.getLogger("resume_builder.test").warning("wrote Dana Åberg's letter")
        report = problem_report(data_dir, names=["Dana"], home=home)
    finally:
        logs.stop_logging()
    assert f"Data folder: ~{os.sep}data" in report
    assert str(tmp_path) not in report and "Dana" not in report
    assert path.name in report


def test_a_line_quoting_the_user_in_any_case_is_left_out_and_the_rest_kept():
    lines = [
        "start",
        "failed on 'Negotiated the Contoso exit'",
        "NEGOTIATED THE CONTOSO EXIT",
        "end",
    ]
    assert without_own_text(lines, ["  Negotiated the Contoso exit "]) == [
        "start",
        OMITTED_LINE,
        OMITTED_LINE,
        "end",
    ]


def test_short_texts_quote_nobody():
    short = "x" * (MIN_QUOTED_LENGTH - 1)
    lines = [f"saw {short} here", "Python 3.12 starting"]
    assert without_own_text(lines, [short, "Python", ""]) == lines
    exactly = "y" * MIN_QUOTED_LENGTH
    assert without_own_text([f"a {exactly}"], [exactly]) == [OMITTED_LINE]


def test_no_lines_no_work():
    assert without_own_text([], ["Negotiated the Contoso exit"]) == []


def test_the_report_names_versions_folders_and_carries_the_tail(tmp_path, log_file):
    log = logging.getLogger("resume_builder.test")
    for number in range(REPORT_LOG_LINES + 10):
        log.info("step %d done", number)
    log.warning("validation failed for %r", "Negotiated the Contoso exit package")
    report = problem_report(
        tmp_path,
        own_texts([Accomplishment(headline="Negotiated the Contoso exit package")]),
        toolkit="Qt 6.x, PySide6 6.x",
        language="sv",
    )
    lines = report.splitlines()
    assert lines[0] == f"Resume Builder {__version__}"
    assert lines[1].startswith(f"Python {platform.python_version()} (")
    assert lines[2] == "Qt 6.x, PySide6 6.x"
    assert lines[3] == f"Platform: {platform.platform()}"
    assert lines[4] == "Interface language: sv"
    assert lines[5] == f"Data folder: {tmp_path}"
    assert lines[6] == f"Log file: {paths.log_file(tmp_path)}"
    tail = report.split("lines of the log:\n", 1)[1].splitlines()
    assert len(tail) == REPORT_LOG_LINES
    assert tail[-1] == OMITTED_LINE and "Contoso" not in report
    assert tail[-2].endswith(f"step {REPORT_LOG_LINES + 9} done")


def test_an_empty_log_says_so_and_optional_lines_stay_out(tmp_path):
    report = problem_report(tmp_path)
    assert report.endswith("The log is empty.\n")
    assert "Interface language" not in report and "Qt" not in report
