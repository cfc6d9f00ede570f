"""Refreshes the interface's .ts files from the source with pyside6-lupdate and compiles the .qm."""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "resume_builder"
TRANSLATIONS = ROOT / "resources" / "translations"
#: every translation the interface ships: Swedish, and English's plural forms
LANGUAGES = ("sv", "en")
#: English is the source language, so its file holds only the %n messages: Qt shows a source
#: text as written ("1 role(s)") unless a translation gives the language its plural forms.
PLURALS_ONLY = ("en",)


def tool(name: str) -> str:
    """The PySide6 tool next to this Python (the venv's bin), else the one on PATH."""
    here = Path(sys.executable).parent
    for candidate in (here / name, here / f"{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 in this environment")
    return found


def sources() -> list[Path]:
    """Every file whose strings are translated: the ui package and the composition root."""
    return sorted(PACKAGE.joinpath("ui").rglob("*.py")) + [PACKAGE / "app.py"]


def ts_path(language: str) -> Path:
    """The translation source of a language."""
    return TRANSLATIONS / f"resume_builder_{language}.ts"


def update(language: str) -> Path:
    """Merges the source's strings into the language's .ts, keeping existing translations."""
    ts = ts_path(language)
    ts.parent.mkdir(parents=True, exist_ok=True)
    # Paths relative to the checkout, so the .ts locations do not depend on where it lives.
    files = [str(path.relative_to(ROOT)) for path in sources()]
    command = [tool("pyside6-lupdate"), *files, "-no-obsolete"]
    if not ts.exists():  # a new file needs its language for the right number of plural forms
        command += ["-target-language", language]
    if language in PLURALS_ONLY:
        command += ["-pluralonly"]
    subprocess.run([*command, "-ts", str(ts.relative_to(ROOT))], cwd=ROOT, check=True)
    if language in PLURALS_ONLY and suggest_english_forms(ts):
        # once more, so the file is in lupdate's own layout again (the suggestions are kept)
        subprocess.run([*command, "-ts", str(ts.relative_to(ROOT))], cwd=ROOT, check=True)
    return ts


_CHOICE = re.compile(r"(\w*)\((\w*)/(\w*)\)")  # "Entr(y/ies)"
_SUFFIX = re.compile(r"\((\w+)\)")  # "Role(s)"


def english_forms(source: str) -> tuple[str, str]:
    """The singular and plural a source spells with "(s)" or "(y/ies)" markers."""
    one = _SUFFIX.sub("", _CHOICE.sub(r"\1\2", source))
    many = _SUFFIX.sub(r"\1", _CHOICE.sub(r"\1\3", source))
    return one, many


def suggest_english_forms(ts: Path) -> bool:
    """Fills new English plural messages from their markers, left unfinished for a person.

    The markers cannot know that a verb agrees too ("1 accomplishment proves"), so a new
    message stays unfinished (and fails the tests) until someone has read both forms.
    Returns whether anything was filled in.
    """
    tree = ET.parse(ts)
    changed = False
    for message in tree.getroot().iter("message"):
        forms = list(message.find("translation").iter("numerusform"))
        if len(forms) == 2 and not any((form.text or "").strip() for form in forms):
            for form, text in zip(forms, english_forms(message.findtext("source")), strict=True):
                form.text = text
            changed = True
    if changed:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    return changed


def release(ts: Path) -> Path:
    """Compiles a .ts into the .qm the app loads."""
    qm = ts.with_suffix(".qm")
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], cwd=ROOT, check=True)
    return qm


def main(argv: list[str] | None = None) -> int:
    """Updates and compiles the languages named on the command line (default: all)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "languages", nargs="*", default=list(LANGUAGES), help="language codes (default: all)"
    )
    parser.add_argument(
        "--release-only", action="store_true", help="compile the .qm without running lupdate"
    )
    args = parser.parse_args(argv)
    for language in args.languages:
        ts = ts_path(language) if args.release_only else update(language)
        print(f"wrote {release(ts).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
