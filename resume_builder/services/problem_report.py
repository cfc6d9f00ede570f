"""The problem report: what a developer needs to know, with nothing the user wrote in it.

The report may be pasted into a public issue, so the log lines it carries are checked against
the user's own texts (every prose field of their accomplishments and profile) and their name,
e-mail and phone, and any line quoting one is replaced by a note saying so; the home folder,
which often carries the person's name, is written as "~". It is in English whatever the
interface language: it is read by whoever fixes the problem, beside a log in English too.
"""

from __future__ import annotations

import platform
import re
import sys
from collections.abc import Iterable
from pathlib import Path

from resume_builder import APP_NAME, __version__, logs, paths
from resume_builder.domain.models import Accomplishment, Profile

#: how much of the log a problem report carries
REPORT_LOG_LINES = 50
#: shorter texts ("Led", "Python") are too common to say a log line quotes the user
MIN_QUOTED_LENGTH = 12
#: names shorter than this ("Al", "Bo") are found inside too many words to say anything
MIN_NAME_LENGTH = 3
#: what stands where a line quoting the user was
OMITTED_LINE = "[a line that quoted the user's own text was left out]"


def own_texts(
    accomplishments: Iterable[Accomplishment], profile: Profile | None = None
) -> list[str]:
    """The texts of the user's accomplishments (and profile) that a report must not carry."""
    texts: list[str] = []
    for item in accomplishments:
        texts.extend((item.headline, item.situation, item.task, item.action, item.result))
        texts.extend(item.metrics)
        texts.append(item.notes)
    if profile is not None:
        texts.extend((profile.headline, profile.summary, profile.address))
    return texts


def own_names(profile: Profile | None) -> list[str]:
    """What names the person: their name, each part of it, their e-mail and phone number."""
    if profile is None:
        return []
    names = [profile.name, *profile.name.split(), profile.email, profile.phone]
    return [name for name in dict.fromkeys(n.strip() for n in names) if name]


def without_own_text(lines: list[str], own: Iterable[str], names: Iterable[str] = ()) -> list[str]:
    """`lines` with each one that quotes the user replaced by `OMITTED_LINE`.

    A line quotes the user when it holds any of `own` (any case; texts shorter than
    `MIN_QUOTED_LENGTH` are ignored, since a line mentioning "Python" quotes nobody in
    particular) or any of `names` as a whole word (any case; `MIN_NAME_LENGTH` at least).
    """
    if not lines:
        return lines
    joined = "\n".join(lines).casefold()
    quoted = [
        text
        for text in (t.strip().casefold() for t in own)
        if len(text) >= MIN_QUOTED_LENGTH and text in joined
    ]
    words = [
        # Letters and digits go on a word; "_" does not ("Dana_CV.pdf" names Dana).
        re.compile(rf"(?<![^\W_]){re.escape(name)}(?![^\W_])", re.IGNORECASE)
        for name in (n.strip() for n in names)
        if len(name) >= MIN_NAME_LENGTH and name.casefold() in joined
    ]
    if not quoted and not words:
        return lines
    return [
        OMITTED_LINE
        if any(text in line.casefold() for text in quoted)
        or any(word.search(line) for word in words)
        else line
        for line in lines
    ]


def without_home(text: str, home: Path | None) -> str:
    """`text` with the home folder written as "~" (its name is often the person's)."""
    if home is None:
        return text
    folder = str(home).rstrip("/\\")
    if len(folder) <= 1:  # "/" or nothing: no user in it
        return text
    # Not "/home/dana" inside "/home/danae": the folder ends where a name could not go on.
    return re.sub(rf"{re.escape(folder)}(?![\w.-])", "~", text)


def problem_report(
    data_dir: Path,
    own: Iterable[str] = (),
    names: Iterable[str] = (),
    toolkit: str = "",
    language: str = "",
    log_lines: int = REPORT_LOG_LINES,
    home: Path | None = None,
) -> str:
    """The report: versions, platform, where the data lives, and the log's tail, redacted.

    Args:
        data_dir: The data folder (its log is read).
        own: The user's texts to keep out (see `own_texts`).
        names: What names the user, kept out as whole words (see `own_names`).
        toolkit: A line naming the GUI toolkit's versions, from the window ("" leaves it out).
        language: The interface language ("" leaves it out).
        log_lines: How many of the log's last lines to carry.
        home: The home folder to write as "~" (the user's own when None).

    """
    log_path = paths.log_file(data_dir)
    tail = without_own_text(logs.tail(log_path, log_lines), own, names)
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
    return without_home("\n".join(lines), home or _home()) + "\n"


def _home() -> Path | None:
    try:
        return Path.home()
    except (RuntimeError, KeyError):  # no home folder to be found
        return None
