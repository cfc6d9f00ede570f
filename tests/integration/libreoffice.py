"""LibreOffice headless, as the tests that read our DOCX files the way a word processor lays
them out call it: each run in a profile of its own, every file converted to PDF at once.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Mapping, Sequence
from pathlib import Path

import pytest


def convert_to_pdf(
    files: Sequence[Path],
    outdir: Path,
    profile: Path,
    env: Mapping[str, str] | None = None,
    timeout: float = 600,
) -> subprocess.CompletedProcess:
    """Converts `files` to PDF files in `outdir` (one soffice run, its output returned);
    skips the test when LibreOffice is not installed, fails it when soffice fails.
    """
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed; .ci/run installs it")
    result = subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(outdir),
            *map(str, files),
        ],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        env=dict(env) if env is not None else None,
    )
    assert result.returncode == 0, result.stderr
    return result
