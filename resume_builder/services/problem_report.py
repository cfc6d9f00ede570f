"""The problem report: what a developer needs to know, with nothing the user wrote in it.

The report may be pasted into a public issue, so the log lines it carries are checked against
the user's own texts (every prose field of their accomplishments) and any line quoting one is
replaced by a note saying so. It is in English whatever the interface language: it is read by
whoever fixes the problem, beside a log that is in English too.
"""

from __future__ import annotations

import platform
import sys
from collections.abc import Iterable
from pathlib import Path

from resume_builder import APP_NAME, __version__, logs, paths
from resume_builder.domain.models import Accomplishment

#: how much of the log a problem report carries
REPORT_LOG_LINES = 50
#: shorter texts ("Led", "Python") are too common to say a log line quotes the user
MIN_QUOTED_LENGTH = 12
#: what stands where a line quoting the user was
OMITTED_LINE = "[a line that quoted the user's own text was left out]"


def own_texts(accomplishments: Iterable[Accomplishment]) -> list[str]:
    """The texts of the user's accomplishments that a report must not carry."""
    texts: list[str] = []
    for item in accomplishments:
        texts.extend((item.headline, item.situation, item.task, item.action, item.result))
        texts.extend(item.metrics)
        texts.append(item.notes)
    return texts


def without_own_text(lines: list[str], own: Iterable[str]) -> list[str]:
    """`lines` with each one that quotes any of `own` (any case) replaced by `OMITTED_LINE`.

    Texts shorter than `MIN_QUOTED_LENGTH` are ignored: a line mentioning "Python" quotes
    nobody in particular.
    """
    if not lines:
        return lines
    joined = "\n".join(lines).casefold()
    quoted = [
        text
        for text in (t.strip().casefold() for t in own)
        if len(text) >= MIN_QUOTED_LENGTH and text in joined
    ]
    if not quoted:
        return lines
    return [
        OMITTED_LINE if any(text in line.casefold() for text in quoted) else line for line in lines
    ]


def problem_report(
    data_dir: Path,
    own: Iterable[str] = (),
    toolkit: str = "",
    language: str = "",
    log_lines: int = REPORT_LOG_LINES,
) -> str:
    """The report: versions, platform, where the data lives, and the log's tail without `own`.

    Args:
        data_dir: The data folder (its log is read).
        own: The user's texts to keep out (see `own_texts`).
        toolkit: A line naming the GUI toolkit's versions, from the window ("" leaves it out).
        language: The interface language ("" leaves it out).
        log_lines: How many of the log's last lines to carry.

    """
    log_path = paths.log_file(data_dir)
    tail = without_own_text(logs.tail(log_path, log_lines), own)
    frozen = " (frozen build)" if getattr(sys, "frozen", False) else ""
    lines = [
        f"{APP_NAME} {__version__}{frozen}",
        f"Python {platform.python_version()} ({platform.python_implementation()})",
    ]
    if toolkit:
        lines.append(toolkit)
    lines.append(f"Platform: {platform.platform()}")
    if language:
        lines.append(f"Interface language: {language}")
    lines += [f"Data folder: {data_dir}", f"Log file: {log_path}", ""]
    if tail:
        lines.append(f"Last {len(tail)} lines of the log:")
        lines.extend(tail)
    else:
        lines.append("The log is empty.")
    return "\n".join(lines) + "\n"
