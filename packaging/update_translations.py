"""Refreshes the interface's .ts files from the source with pyside6-lupdate and compiles the .qm."""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "resume_builder"
TRANSLATIONS = ROOT / "resources" / "translations"
#: every language the interface ships in besides English (the source language)
LANGUAGES = ("sv",)


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
    subprocess.run([*command, "-ts", str(ts.relative_to(ROOT))], cwd=ROOT, check=True)
    return ts


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
