"""Smoke test of the built bundle: python packaging/smoke_test.py [BUNDLE_FOLDER]

Runs the frozen app as a user would, in a temporary HOME and data folder: the window starts
offscreen (and under X11 when xvfb-run is installed) and quits by itself; the CLI writes the
demo career, exports a résumé as PDF and DOCX and the Career Management Document, and lists
the templates. That proves the templates, fonts, translations and Qt plugins are inside.
Run it after `python packaging/build.py`, with a Python that has pypdf (the test extra).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
#: a frozen start unpacks nothing (a folder bundle), but a cold disk cache is slow
TIMEOUT_S = 120


def _load_bundle():
    spec = importlib.util.spec_from_file_location("bundle", HERE / "bundle.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bundle = _load_bundle()


class SmokeTestFailed(Exception):
    """One check of the bundle went wrong."""


def default_bundle() -> Path:
    """Where build.py puts this OS's bundle folder (the one holding the executable)."""
    dist = bundle.ROOT / "dist"
    if sys.platform == "darwin":
        return dist / f"{bundle.APP_NAME}.app" / "Contents" / "MacOS"
    return dist / bundle.EXECUTABLE


def executable(folder: Path, cli: bool) -> Path:
    """The window's executable in `folder`, or its console twin (Windows has both)."""
    name = bundle.CLI_EXECUTABLE if cli and sys.platform == "win32" else bundle.EXECUTABLE
    path = folder / (name + (".exe" if sys.platform == "win32" else ""))
    if not path.is_file():
        raise SmokeTestFailed(f"{path} does not exist: build it with python packaging/build.py")
    return path


def internal_folder(folder: Path) -> Path:
    """Where PyInstaller put the data files (sys._MEIPASS of the frozen app)."""
    if sys.platform == "darwin":
        return folder.parent / "Resources"
    return folder / "_internal"


class Runner:
    """Runs the bundle's executables in a sandbox HOME, checking each run's exit and output."""

    def __init__(self, folder: Path, home: Path):
        self.folder = folder
        self.env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("RESUME_BUILDER", "PYTHON", "VIRTUAL_ENV", "QT_", "XDG_"))
        }
        self.env.update(
            HOME=str(home),
            USERPROFILE=str(home),
            APPDATA=str(home / "AppData" / "Roaming"),
            LOCALAPPDATA=str(home / "AppData" / "Local"),
            XDG_DATA_HOME=str(home / ".local" / "share"),
            XDG_CONFIG_HOME=str(home / ".config"),
            XDG_CACHE_HOME=str(home / ".cache"),
            XDG_RUNTIME_DIR=str(home / "runtime"),
            QT_QPA_PLATFORM="offscreen",
        )
        (home / "runtime").mkdir(mode=0o700, parents=True, exist_ok=True)

    def run(self, *args: str, cli: bool = True, env: dict | None = None, wrap=()) -> str:
        """Runs the executable with `args`; its stdout, once it exited 0 within the timeout."""
        command = [*wrap, str(executable(self.folder, cli)), *args]
        started = time.monotonic()
        try:
            done = subprocess.run(
                command,
                env={**self.env, **(env or {})},
                capture_output=True,
                text=True,
                encoding="utf-8",
                errors="replace",
                timeout=TIMEOUT_S,
                stdin=subprocess.DEVNULL,
            )
        except subprocess.TimeoutExpired as exc:
            raise SmokeTestFailed(f"{' '.join(command)} did not end in {TIMEOUT_S} s") from exc
        took = time.monotonic() - started
        shown = " ".join(args) or "(window)"
        if done.returncode != 0:
            raise SmokeTestFailed(
                f"`{shown}` exited {done.returncode}:\n{done.stdout}\n{done.stderr}"
            )
        if "Traceback" in done.stderr:
            raise SmokeTestFailed(f"`{shown}` printed a traceback:\n{done.stderr}")
        print(f"ok  {shown}  ({took:.1f} s)")
        return done.stdout


def check_pdf(path: Path, expect: str) -> None:
    """`path` is a PDF that pypdf reads, with `expect` in its text."""
    from pypdf import PdfReader

    if not path.is_file() or path.stat().st_size == 0:
        raise SmokeTestFailed(f"{path.name} was not written")
    reader = PdfReader(path)
    text = " ".join(page.extract_text() or "" for page in reader.pages)
    if not reader.pages or expect not in text:
        raise SmokeTestFailed(f"{path.name}: {len(reader.pages)} pages, no {expect!r} in them")
    print(f"ok  {path.name}: {len(reader.pages)} pages, {path.stat().st_size // 1024} KB")


def check_docx(path: Path, expect: str) -> None:
    """`path` is a Word document (a zip with word/document.xml) mentioning `expect`."""
    if not path.is_file():
        raise SmokeTestFailed(f"{path.name} was not written")
    with zipfile.ZipFile(path) as docx:
        body = docx.read("word/document.xml").decode("utf-8")
    if expect not in body:
        raise SmokeTestFailed(f"{path.name} does not mention {expect!r}")
    print(f"ok  {path.name}: {path.stat().st_size // 1024} KB")


def check_contents(folder: Path) -> None:
    """The data files and Qt plugins that no CLI run touches are inside the bundle too."""
    internal = internal_folder(folder)
    wanted = [
        internal / "resources" / "translations" / "resume_builder_sv.qm",
        internal / "resources" / "fonts" / "NotoSans-Regular.ttf",
        internal / "resources" / "icons" / "app.svg",
        internal / "spellchecker" / "resources" / "en.json.gz",
    ]
    missing = [str(path.relative_to(folder.parent)) for path in wanted if not path.is_file()]
    if sys.platform.startswith("linux"):
        plugins = internal / "PySide6" / "Qt" / "plugins"
        for plugin in bundle.REQUIRED_QT_PLUGINS:
            if not (plugins / f"{plugin}.so").is_file():
                missing.append(f"Qt plugin {plugin}")
    if missing:
        raise SmokeTestFailed("missing from the bundle: " + ", ".join(missing))
    print("ok  the bundle holds the translations, fonts, icons, dictionaries and Qt plugins")


def smoke_test(folder: Path) -> None:
    """Every check, in a fresh temporary HOME; raises SmokeTestFailed at the first failure."""
    with tempfile.TemporaryDirectory(prefix="resume-builder-smoke-") as temp:
        home = Path(temp) / "home"
        data = Path(temp) / "data"
        out = Path(temp) / "out"
        out.mkdir()
        runner = Runner(folder, home)
        check_contents(folder)
        version = runner.run("--version")
        if bundle.version() not in version:
            raise SmokeTestFailed(f"--version says {version!r}, not {bundle.version()}")
        runner.run("demo", "--data-dir", str(data))
        listed = runner.run("export", "--list-templates", "--data-dir", str(data))
        templates = sorted(path.stem for path in (bundle.ROOT / "templates").glob("*.toml"))
        if [line.split()[0] for line in listed.splitlines() if line.strip()] != templates:
            raise SmokeTestFailed(f"--list-templates listed {listed!r}, not {templates}")
        name = _demo_employer(runner, data)
        exports = {
            "resume.pdf": ("resume", "pdf"),
            "resume.docx": ("resume", "docx"),
            "cmd.pdf": ("cmd", "pdf"),
        }
        for file_name, (kind, file_format) in exports.items():
            target = out / file_name
            runner.run(
                "export", kind, "--format", file_format, "--out", str(target),
                "--data-dir", str(data),
            )  # fmt: skip
        check_pdf(out / "resume.pdf", name)
        check_docx(out / "resume.docx", name)
        check_pdf(out / "cmd.pdf", name)
        for template in templates:
            target = out / f"resume-{template}.pdf"
            runner.run(
                "export", "--template", template, "--lang", "sv", "--out", str(target),
                "--data-dir", str(data),
            )  # fmt: skip
            check_pdf(target, name)
        quit_after_start = {"RESUME_BUILDER_QUIT_AFTER_START": "1"}
        runner.run("--data-dir", str(data), cli=False, env=quit_after_start)
        runner.run("--data-dir", str(Path(temp) / "empty"), cli=False, env=quit_after_start)
        xvfb = shutil.which("xvfb-run") if sys.platform.startswith("linux") else None
        if xvfb:  # the xcb plugin and its system libraries, as on a desktop
            runner.run(
                "--data-dir", str(data), cli=False, wrap=(xvfb, "-a"),
                env={**quit_after_start, "QT_QPA_PLATFORM": "xcb"},
            )  # fmt: skip
        else:
            print("--  xvfb-run not installed: the window was started offscreen only")
        log = data / "logs" / "resume-builder.log"
        if log.is_file() and "Traceback" in log.read_text(encoding="utf-8", errors="replace"):
            raise SmokeTestFailed(f"the window logged a traceback:\n{log.read_text()}")


def _demo_employer(runner: Runner, data: Path) -> str:
    """A word every document of the demo career prints: its latest employer's first name."""
    roles = json.loads(runner.run("list", "roles", "--json", "--data-dir", str(data)))
    if not roles:
        raise SmokeTestFailed("the demo career has no roles")
    return str(roles[0]["employer"]).split()[0]


def main(argv: list[str] | None = None) -> int:
    """Runs the smoke test; exit code 0 when the bundle passes it."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", nargs="?", type=Path, default=default_bundle())
    args = parser.parse_args(argv)
    started = time.monotonic()
    try:
        smoke_test(args.bundle.resolve())
    except SmokeTestFailed as exc:
        print(f"FAILED: {exc}", file=sys.stderr)
        return 1
    print(f"smoke test passed in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
