"""The CLI honours the Preferences' document defaults; its explicit flags still win."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from pypdf import PdfReader

from resume_builder.services.preferences import Preferences, save_preferences

LETTER = (612, 792)
A4 = (595, 842)


def run_cli(*args):
    result = subprocess.run(
        [sys.executable, "-m", "resume_builder", *map(str, args)],
        capture_output=True,
        text=True,
        env=dict(os.environ),
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result


def page_size(path):
    box = PdfReader(str(path)).pages[0].mediabox
    return round(float(box.width)), round(float(box.height))


def fonts(path):
    names = set()
    for page in PdfReader(str(path)).pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]))
    return " ".join(sorted(names))


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    run_cli("demo", "--data-dir", folder)
    return folder


def test_export_uses_the_preferences_when_no_flag_says_otherwise(demo_dir, tmp_path):
    save_preferences(demo_dir, Preferences(template="modern", paper="Letter", page_target=1))
    out = tmp_path / "cv.pdf"
    printed = run_cli("export", "resume", "--data-dir", demo_dir, "-o", out).stdout
    assert page_size(out) == LETTER
    assert "Sans" in fonts(out) and "Serif" not in fonts(out)  # Modern's type
    assert "1-page target" in printed


def test_explicit_flags_win_over_the_preferences(demo_dir, tmp_path):
    save_preferences(demo_dir, Preferences(template="modern", paper="Letter", page_target=1))
    out = tmp_path / "cv.pdf"
    printed = run_cli(
        "export",
        "resume",
        "--data-dir",
        demo_dir,
        "-o",
        out,
        "--template",
        "classic",
        "--page-size",
        "A4",
        "--pages",
        "2",
    ).stdout
    assert page_size(out) == A4
    assert "Serif" in fonts(out)
    assert "2-page target" in printed


def test_a_page_target_up_to_five_is_accepted(demo_dir, tmp_path):
    save_preferences(demo_dir, Preferences(page_target=5))
    printed = run_cli("export", "resume", "--data-dir", demo_dir, "-o", tmp_path / "a.pdf").stdout
    assert "5-page target" in printed
    printed = run_cli(
        "export", "resume", "--data-dir", demo_dir, "-o", tmp_path / "b.pdf", "--pages", "4"
    ).stdout
    assert "4-page target" in printed


def test_a_template_the_preferences_name_that_is_gone_falls_back(demo_dir, tmp_path):
    save_preferences(demo_dir, Preferences(template="retired-style"))
    out = tmp_path / "cv.pdf"
    run_cli("export", "resume", "--data-dir", demo_dir, "-o", out)
    assert "Serif" in fonts(out)  # the classic template
