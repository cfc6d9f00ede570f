"""Builds the self-contained app for this OS into dist/: python packaging/build.py

Linux: dist/resume-builder/ (the folder bundle, its .desktop file and icon inside) and
dist/resume-builder-<version>-linux-<machine>.tar.gz.
Windows: dist/resume-builder/ (resume-builder.exe, resume-builder-cli.exe), its .zip, and
dist/resume-builder.iss, compiled to a setup .exe when Inno Setup's iscc is installed.
macOS: dist/Resume Builder.app and dist/resume-builder-<version>-macos-<machine>.zip.
Needs the packaging extra: pip install -e '.[packaging]'
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _load_bundle():
    # packaging/ is no package, and `packaging` is the name of a well-known library.
    spec = importlib.util.spec_from_file_location("bundle", HERE / "bundle.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bundle = _load_bundle()
ROOT = bundle.ROOT
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
SPEC = HERE / "resume_builder.spec"


def machine() -> str:
    """x86_64, arm64, …: the part of an artifact's name that says which processors it runs on."""
    name = platform.machine().lower()
    return {"amd64": "x86_64", "aarch64": "arm64"}.get(name, name)


def folder_size(folder: Path) -> int:
    """Bytes of every file under `folder` (symbolic links not followed)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def run_pyinstaller() -> None:
    """Runs PyInstaller on the spec, from a clean work folder."""
    if importlib.util.find_spec("PyInstaller") is None:
        raise SystemExit(
            "PyInstaller is not installed here: run  pip install -e '.[packaging]'  first"
        )
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level=WARN",
        f"--distpath={DIST}",
        f"--workpath={WORK}",
        str(SPEC),
    ]
    subprocess.run(command, cwd=ROOT, check=True)


def finish_linux(version: str) -> list[Path]:
    """The .desktop file and icon inside the folder, then the folder as a .tar.gz."""
    folder = DIST / bundle.EXECUTABLE
    desktop = folder / f"{bundle.EXECUTABLE}.desktop"
    desktop.write_text(bundle.desktop_entry(), encoding="utf-8")
    shutil.copy2(bundle.ICONS / f"{bundle.EXECUTABLE}.png", folder / f"{bundle.EXECUTABLE}.png")
    installer = folder / "install-desktop-entry.sh"
    installer.write_text(DESKTOP_INSTALLER, encoding="utf-8")
    installer.chmod(0o755)
    validate_desktop_file(desktop)
    archive = DIST / f"{bundle.DISTRIBUTION}-{version}-linux-{machine()}.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(folder, arcname=folder.name)
    return [folder, archive]


#: put in the Linux bundle: adds the app to this user's menu, pointing at wherever it was unpacked
DESKTOP_INSTALLER = """#!/bin/sh
# Adds Resume Builder to your desktop's application menu (for you only; no root needed).
# Run it again after moving this folder. To remove: delete the two files it names.
set -e
here=$(cd "$(dirname "$0")" && pwd)
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/256x256/apps"
mkdir -p "$apps" "$icons"
cp "$here/resume-builder.png" "$icons/resume-builder.png"
sed -e "s|^Exec=.*|Exec=\\"$here/resume-builder\\" %F|" \\
    -e "s|^TryExec=.*|TryExec=$here/resume-builder|" \\
    "$here/resume-builder.desktop" > "$apps/resume-builder.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$apps" || true
echo "Added $apps/resume-builder.desktop and $icons/resume-builder.png"
"""


def validate_desktop_file(desktop: Path) -> None:
    """desktop-file-validate's verdict, when it is installed (desktop-file-utils)."""
    validator = shutil.which("desktop-file-validate")
    if validator is None:
        print("desktop-file-validate not installed: the .desktop file was not validated")
        return
    result = subprocess.run([validator, str(desktop)], capture_output=True, text=True)
    if result.returncode != 0 or result.stdout.strip():
        raise SystemExit(f"{desktop.name} is not valid:\n{result.stdout}{result.stderr}")


def finish_windows(version: str) -> list[Path]:
    """The folder zipped, the Inno Setup script beside it, and the installer if iscc exists."""
    folder = DIST / bundle.EXECUTABLE
    archive = DIST / f"{bundle.DISTRIBUTION}-{version}-windows-{machine()}.zip"
    zip_folder(folder, archive)
    script = DIST / f"{bundle.EXECUTABLE}.iss"
    script.write_text(
        bundle.inno_setup_script(version, str(folder), str(DIST)), encoding="utf-8-sig"
    )
    made = [folder, archive, script]
    iscc = shutil.which("iscc") or _program_files_iscc()
    if iscc:
        subprocess.run([iscc, "/Q", str(script)], check=True)
        made.extend(DIST.glob(f"{bundle.DISTRIBUTION}-{version}-windows-setup.exe"))
    else:
        print("Inno Setup (iscc) not found: compile dist/resume-builder.iss with it for a setup")
    return made


def _program_files_iscc() -> str | None:
    for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
        if base and (Path(base) / "Inno Setup 6" / "ISCC.exe").is_file():
            return str(Path(base) / "Inno Setup 6" / "ISCC.exe")
    return None


def finish_macos(version: str) -> list[Path]:
    """The .app zipped with ditto, which keeps its symbolic links and extended attributes."""
    app = DIST / f"{bundle.APP_NAME}.app"
    archive = DIST / f"{bundle.DISTRIBUTION}-{version}-macos-{machine()}.zip"
    archive.unlink(missing_ok=True)
    subprocess.run(["ditto", "-c", "-k", "--keepParent", str(app), str(archive)], check=True)
    return [app, archive]


def zip_folder(folder: Path, archive: Path) -> None:
    """`folder` and everything under it, as `archive`."""
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zipped:
        for path in sorted(folder.rglob("*")):
            zipped.write(path, path.relative_to(folder.parent))


def main(argv: list[str] | None = None) -> int:
    """Builds, finishes for this OS, and prints what it made with sizes and the time taken."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.parse_args(argv)
    version = bundle.version()
    started = time.monotonic()
    print(f"Building {bundle.APP_NAME} {version} for {sys.platform} ({machine()})")
    run_pyinstaller()
    if sys.platform.startswith("linux"):
        made = finish_linux(version)
    elif sys.platform == "win32":
        made = finish_windows(version)
    elif sys.platform == "darwin":
        made = finish_macos(version)
    else:
        raise SystemExit(f"no build for {sys.platform}: Linux, Windows and macOS only")
    elapsed = time.monotonic() - started
    for path in made:
        size = folder_size(path) if path.is_dir() else path.stat().st_size
        kind = "unpacked" if path.is_dir() else "file"
        print(f"{path.relative_to(ROOT)}: {size / 1e6:.1f} MB ({kind})")
    print(f"built in {elapsed:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
