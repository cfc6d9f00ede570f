"""The problem report: versions and the log's tail, never a line quoting the user's own text."""

from __future__ import annotations

import logging
import platform

import pytest

from resume_builder import __version__, logs, paths
from resume_builder.domain.models import Accomplishment
from resume_builder.services.problem_report import (
    MIN_QUOTED_LENGTH,
    OMITTED_LINE,
    REPORT_LOG_LINES,
    own_texts,
    problem_report,
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
