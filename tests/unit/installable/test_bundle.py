"""The build's description (packaging/bundle.py) and icons, checked without PyInstaller."""

from __future__ import annotations

import configparser
import importlib.metadata
import importlib.util
import plistlib
import shutil
import struct
import subprocess
from pathlib import Path

import pytest

import resume_builder

ROOT = Path(__file__).resolve().parents[3]


def _load(name: str, path: Path):
    # packaging/ is no package, and its name is taken by the `packaging` library.
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bundle = _load("bundle", ROOT / "packaging" / "bundle.py")


def test_the_data_list_carries_resources_templates_translations_and_dictionaries():
    files = bundle.data_files()
    folders = {folder for _source, folder in files}
    names = {Path(source).name for source, _folder in files}
    assert {"resources/icons", "resources/fonts", "resources/translations", "templates"} <= folders
    assert {"resources/demo", "resources/guide", "resources/concepts", "resources/data"} <= folders
    assert {"resume_builder_sv.qm", "resume_builder_en.qm", "NotoSans-Regular.ttf"} <= names
    assert {"classic.toml", "modern.toml", "career_en.json", "guide_en.md"} <= names
    assert ("spellchecker/resources") in folders and "en.json.gz" in names
    assert not any(name.endswith(".ts") for name in names)  # the sources stay behind
    for source, folder in files:
        assert Path(source).is_file()
        if not folder.startswith("spellchecker"):
            assert Path(source).parent == ROOT / folder  # where paths.py looks for it


def test_the_version_comes_from_the_package():
    assert bundle.version() == importlib.metadata.version("resume-builder")
    assert bundle.version() == resume_builder.__version__
    plist = bundle.info_plist(bundle.version())
    assert plist["CFBundleShortVersionString"] == resume_builder.__version__
    assert plist["NSHighResolutionCapable"] is True
    assert plist["CFBundleIdentifier"] == bundle.BUNDLE_ID
    plistlib.dumps(plist)  # every value is one a plist can hold
    script = bundle.inno_setup_script(bundle.version(), r"C:\b\resume-builder", r"C:\b")
    assert f'#define AppVersion "{resume_builder.__version__}"' in script
    assert r'Source: "C:\b\resume-builder\*"' in script and "PrivilegesRequired=lowest" in script


def test_the_desktop_file_is_valid(tmp_path):
    path = tmp_path / "resume-builder.desktop"
    path.write_text(bundle.desktop_entry(), encoding="utf-8")
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(path, encoding="utf-8")
    keys = entry["Desktop Entry"]
    assert keys["Type"] == "Application" and keys["Name"] == "Resume Builder"
    assert keys["Exec"].split()[0] == bundle.EXECUTABLE and keys["Icon"] == bundle.EXECUTABLE
    assert keys["Terminal"] == "false" and keys["Categories"].endswith(";")
    validator = shutil.which("desktop-file-validate")
    if validator:
        result = subprocess.run([validator, str(path)], capture_output=True, text=True)
        assert (result.returncode, result.stdout) == (0, "")


def test_the_unused_qt_parts_are_left_out_and_what_only_they_needed_goes_too():
    assert "PySide6.QtQuick" in bundle.excluded_modules()
    assert "PySide6.QtWebEngineCore" in bundle.excluded_modules()
    gtk = "PySide6/Qt/plugins/platformthemes/libqgtk3.so"
    xcb = "PySide6/Qt/plugins/platforms/libqxcb.so"
    assert bundle.left_out(gtk) and not bundle.left_out(xcb)
    assert bundle.left_out(r"PySide6\plugins\platforminputcontexts\qtvirtualkeyboardplugin.dll")
    assert not bundle.left_out("PySide6/Qt/plugins/imageformats/libqsvg.so")
    binaries = [
        (xcb, "/q/libqxcb.so", "BINARY"),
        ("PySide6/QtCore.abi3.so", "/q/QtCore.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6XcbQpa.so.6", "/q/libQt6XcbQpa.so.6", "BINARY"),
        ("libQt6XcbQpa.so.6", "/q/libQt6XcbQpa.so.6", "SYMLINK"),
        ("libxcb-cursor.so.0", "/usr/libxcb-cursor.so.0", "BINARY"),
        ("libgtk-3.so.0", "/usr/libgtk-3.so.0", "BINARY"),  # its plugin was left out
        ("libcairo.so.2", "/usr/libcairo.so.2", "BINARY"),
    ]
    imports = {
        "/q/libqxcb.so": ["libQt6XcbQpa.so.6", "libc.so.6"],
        "/q/libQt6XcbQpa.so.6": ["libxcb-cursor.so.0"],
        "/usr/libgtk-3.so.0": ["libcairo.so.2"],
    }
    kept = bundle.reachable_binaries(binaries, lambda source: imports.get(source, []))
    assert [dest for dest, _s, _t in kept] == [
        xcb,
        "PySide6/QtCore.abi3.so",
        "PySide6/Qt/lib/libQt6XcbQpa.so.6",
        "libQt6XcbQpa.so.6",
        "libxcb-cursor.so.0",
    ]


def test_qt_translations_are_kept_for_the_apps_languages_only():
    assert bundle.app_languages() == ["en", "sv"]
    assert bundle.keeps_qt_translation("PySide6/Qt/translations/qtbase_sv.qm")
    assert not bundle.keeps_qt_translation("PySide6/Qt/translations/qtbase_de.qm")
    assert not bundle.keeps_qt_translation("PySide6/Qt/translations/qt_sv.qm")
    assert bundle.keeps_qt_translation("resources/translations/resume_builder_sv.qm")


# ------------------------------------------------------------------------------- the icons


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


@pytest.fixture(scope="module")
def icons(tmp_path_factory, qapp) -> Path:
    make_icons = _load("make_icons", ROOT / "packaging" / "icons" / "make_icons.py")
    out = tmp_path_factory.mktemp("icons")
    make_icons.write_icons(out)
    return out


def test_the_icon_generator_writes_pngs_of_every_size(icons):
    for size in bundle.PNG_SIZES:
        data = (icons / f"resume-builder-{size}.png").read_bytes()
        assert _png_size(data) == (size, size)
    assert _png_size((icons / "resume-builder.png").read_bytes()) == (256, 256)
    # drawn, not blank: the middle of the large icon is the page's tint, not transparent
    from PySide6.QtGui import QImage

    image = QImage(str(icons / "resume-builder-256.png"))
    assert image.pixelColor(128, 128).alpha() > 0 and image.pixelColor(0, 0).alpha() == 0


def test_the_ico_holds_each_size_as_a_png(icons):
    data = (icons / "resume-builder.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind, count) == (0, 1, 7)
    sizes = []
    for index in range(count):
        width, height, _c, _r, _p, bpp, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index : 22 + 16 * index]
        )
        assert bpp == 32 and offset + length <= len(data)
        side = _png_size(data[offset : offset + length])[0]
        assert side == (width or 256) == (height or 256)
        sizes.append(side)
    assert sizes == [16, 24, 32, 48, 64, 128, 256]


def test_the_icns_holds_retina_sizes_up_to_1024(icons):
    data = (icons / "resume-builder.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    found, at = {}, 8
    while at < len(data):
        kind, length = data[at : at + 4], struct.unpack(">I", data[at + 4 : at + 8])[0]
        found[kind] = _png_size(data[at + 8 : at + length])[0]
        at += length
    assert at == len(data)
    assert found[b"ic10"] == 1024 and found[b"ic09"] == 512 and found[b"icp4"] == 16
    assert found[b"ic14"] == 512 and found[b"ic11"] == 32
