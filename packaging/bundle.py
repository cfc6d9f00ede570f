"""What goes into the installable app: data files, excluded Qt modules, names and version.

One description for the PyInstaller spec, the build script and the tests; it imports neither
PyInstaller nor Qt, so the tests read it without either being installed.
"""

from __future__ import annotations

import fnmatch
import importlib.metadata
import importlib.util
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
ICONS = PACKAGING / "icons"

#: the distribution's name in pyproject.toml, and the executable's
DISTRIBUTION = "resume-builder"
EXECUTABLE = "resume-builder"
#: Windows starts a windowed .exe without a console, so scripts get this console twin there
CLI_EXECUTABLE = "resume-builder-cli"
APP_NAME = "Resume Builder"
BUNDLE_ID = "app.resume-builder.ResumeBuilder"
SUMMARY = "Record your accomplishments and build tailored résumés, offline"
#: the sizes of the committed PNG icons (Linux hicolor theme and the .ico/.icns inputs)
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

#: folders of the checkout the app reads through resume_builder.paths, kept at the same place
#: in the bundle (paths.install_root() is the bundle's folder when frozen)
DATA_FOLDERS = ("resources", "templates")
#: sources of generated files that the running app never reads
LEFT_OUT_SUFFIXES = (".ts", ".pyc")

#: Qt modules nothing imports; PyInstaller would follow PySide6's own references to some and
#: bring their libraries (QtQuick, QtQml and WebEngine alone are well over 100 MB)
EXCLUDED_QT_MODULES = (
    "Qt3DAnimation",
    "Qt3DCore",
    "Qt3DExtras",
    "Qt3DInput",
    "Qt3DLogic",
    "Qt3DRender",
    "QtAsyncio",
    "QtBluetooth",
    "QtCanvasPainter",
    "QtCharts",
    "QtConcurrent",
    "QtDataVisualization",
    "QtDBus",
    "QtDesigner",
    "QtGraphs",
    "QtGraphsWidgets",
    "QtHelp",
    "QtHttpServer",
    "QtLocation",
    "QtMultimedia",
    "QtMultimediaWidgets",
    "QtNetworkAuth",
    "QtNfc",
    "QtOpenGL",
    "QtOpenGLWidgets",
    "QtPositioning",
    "QtQml",
    "QtQuick",
    "QtQuick3D",
    "QtQuickControls2",
    "QtQuickTest",
    "QtQuickWidgets",
    "QtRemoteObjects",
    "QtScxml",
    "QtSensors",
    "QtSerialBus",
    "QtSerialPort",
    "QtSpatialAudio",
    "QtSql",
    "QtStateMachine",
    "QtTest",
    "QtTextToSpeech",
    "QtUiTools",
    "QtWebChannel",
    "QtWebEngineCore",
    "QtWebEngineQuick",
    "QtWebEngineWidgets",
    "QtWebSockets",
    "QtWebView",
    "QtXml",
)
#: Python modules only the tests and developer tools use; and Pillow's AVIF, WebP, colour
#: management and Tk parts (7 MB of libraries): reportlab imports Pillow, but our documents
#: hold no pictures, and Pillow loads each format's plugin only if it imports
EXCLUDED_MODULES = (
    "tkinter",
    "pytest",
    "hypothesis",
    "icalendar",
    "pytestqt",
    "IPython",
    # installed here, but no dependency of ours: pypdf and arabic-reshaper take it if present
    "fontTools",
    "PIL._avif",
    "PIL.AvifImagePlugin",
    "PIL._webp",
    "PIL.WebPImagePlugin",
    "PIL._imagingcms",
    "PIL.ImageCms",
    "PIL._imagingtk",
    "PIL.ImageTk",
)
#: Qt plugins the bundle must hold (PySide6's hooks collect them with QtGui, QtSvg and QtPdf):
#: screens (offscreen for the smoke test, xcb and wayland for desktops) and SVG icons
REQUIRED_QT_PLUGINS = (
    "platforms/libqoffscreen",
    "platforms/libqxcb",
    "platforms/libqwayland",
    "imageformats/libqsvg",
    "iconengines/libqsvgicon",
)

#: Qt files no window of ours uses, whichever OS (fnmatch patterns on the path in the bundle,
#: "/" separated; plugins sit under PySide6/Qt/plugins on Linux and macOS, PySide6/plugins on
#: Windows). The virtual keyboard drags QtQuick and QtQml in (15 MB), the GTK theme GTK 3 with
#: cairo and pango (20 MB, and a GTK of another version than the desktop's); the rest are
#: screens without a desktop (framebuffer, VNC, EGL), compositors' parts and network checks.
LEFT_OUT_BINARIES = (
    "PySide6/*plugins/platforminputcontexts/*virtualkeyboard*",
    "PySide6/*plugins/platformthemes/*gtk3*",
    "PySide6/*plugins/egldeviceintegrations/*",
    "PySide6/*plugins/platforms/*eglfs*",
    "PySide6/*plugins/platforms/*linuxfb*",
    "PySide6/*plugins/platforms/*vnc*",
    "PySide6/*plugins/platforms/*vkkhrdisplay*",
    "PySide6/*plugins/platforms/*minimalegl*",
    "PySide6/*plugins/generic/*",
    "PySide6/*plugins/networkinformation/*",
    "PySide6/*plugins/tls/*",
    "PySide6/*plugins/wayland-graphics-integration-client/*-server*",
    "PySide6/*plugins/imageformats/*tiff*",
    "PySide6/*plugins/imageformats/*webp*",
    "*Qt6Quick*",
    "*Qt6Qml*",
    "*Qt6VirtualKeyboard*",
    "*Qt6EglFS*",
    "*Qt6EglFs*",
    "*QtQuick.*",
    "*QtQml.*",
    "*QtVirtualKeyboard.*",
)
#: Qt's own translations (its dialogs' buttons) are kept for the languages the app has only
QT_TRANSLATION_PREFIXES = ("qtbase_",)


def version() -> str:
    """The package's version, as its metadata gives it (pyproject.toml reads __version__)."""
    try:
        return importlib.metadata.version(DISTRIBUTION)
    except importlib.metadata.PackageNotFoundError:  # a checkout never installed
        from resume_builder import __version__

        return __version__


def project_data_files() -> list[tuple[str, str]]:
    """(file, folder in the bundle) for every file of resources/ and templates/ the app reads."""
    found = []
    for folder in DATA_FOLDERS:
        for path in sorted((ROOT / folder).rglob("*")):
            if not path.is_file() or path.suffix in LEFT_OUT_SUFFIXES:
                continue
            if "__pycache__" in path.parts:
                continue
            found.append((str(path), str(path.parent.relative_to(ROOT))))
    return found


def spelling_data_files() -> list[tuple[str, str]]:
    """The word lists of pyspellchecker, which no PyInstaller hook collects (all are offered)."""
    spec = importlib.util.find_spec("spellchecker")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("pyspellchecker is not installed in this environment")
    folder = Path(next(iter(spec.submodule_search_locations))) / "resources"
    return [(str(path), "spellchecker/resources") for path in sorted(folder.glob("*.json.gz"))]


def data_files() -> list[tuple[str, str]]:
    """Everything the bundle carries besides code and Qt: ours, then the spelling lists."""
    return project_data_files() + spelling_data_files()


def excluded_modules() -> list[str]:
    """Module names PyInstaller must leave out."""
    return [f"PySide6.{name}" for name in EXCLUDED_QT_MODULES] + list(EXCLUDED_MODULES)


def desktop_entry(exec_path: str = EXECUTABLE, icon: str = EXECUTABLE) -> str:
    """The freedesktop .desktop file that puts the app in a Linux desktop's menu."""
    return "\n".join(
        [
            "[Desktop Entry]",
            "Type=Application",
            "Version=1.4",
            f"Name={APP_NAME}",
            "GenericName=Résumé Builder",
            f"Comment={SUMMARY}",
            f"Exec={exec_path} %F",
            f"TryExec={exec_path}",
            f"Icon={icon}",
            "Terminal=false",
            "Categories=Office;",
            "Keywords=resume;CV;career;job;application;",
            # Qt names the window's class after the executable: the dock groups by it.
            f"StartupWMClass={EXECUTABLE}",
            "StartupNotify=true",
            "",
        ]
    )


def info_plist(app_version: str) -> dict[str, object]:
    """The keys macOS reads from the .app's Info.plist (PyInstaller writes the rest)."""
    return {
        "CFBundleName": APP_NAME,
        "CFBundleDisplayName": APP_NAME,
        "CFBundleIdentifier": BUNDLE_ID,
        "CFBundleExecutable": EXECUTABLE,
        "CFBundleIconFile": f"{EXECUTABLE}.icns",
        "CFBundlePackageType": "APPL",
        "CFBundleShortVersionString": app_version,
        "CFBundleVersion": app_version,
        "CFBundleDevelopmentRegion": "en",
        "CFBundleLocalizations": ["en", "sv"],
        "LSApplicationCategoryType": "public.app-category.productivity",
        "LSMinimumSystemVersion": "11.0",
        # Sharp text on Retina screens; without it macOS scales a blurred bitmap.
        "NSHighResolutionCapable": True,
        "NSSupportsAutomaticGraphicsSwitching": True,
        "NSHumanReadableCopyright": "GPL-3.0-or-later",
    }


def inno_setup_script(app_version: str, bundle_folder: str, output_folder: str) -> str:
    """An Inno Setup script that installs the Windows folder bundle per user, no admin needed."""
    # Inno Setup reads {{ as a literal brace; the one AppId lets a new version upgrade in place.
    lines = [
        "; Written by packaging/build.py; compile with Inno Setup 6: iscc resume-builder.iss",
        f'#define AppVersion "{app_version}"',
        "",
        "[Setup]",
        "AppId={{6B0B7E1A-5C3F-4E7B-9D5A-2F1C8E4A7B30}",
        f"AppName={APP_NAME}",
        "AppVersion={#AppVersion}",
        f"AppVerName={APP_NAME} {{#AppVersion}}",
        "AppPublisher=Resume Builder",
        f"DefaultDirName={{autopf}}\\{APP_NAME}",
        f"DefaultGroupName={APP_NAME}",
        "DisableProgramGroupPage=yes",
        # Work laptops seldom grant admin rights: install for this user unless asked otherwise.
        "PrivilegesRequired=lowest",
        "PrivilegesRequiredOverridesAllowed=dialog",
        "ArchitecturesAllowed=x64compatible",
        "ArchitecturesInstallIn64BitMode=x64compatible",
        "WizardStyle=modern",
        "Compression=lzma2",
        "SolidCompression=yes",
        f"OutputDir={output_folder}",
        f"OutputBaseFilename={DISTRIBUTION}-{{#AppVersion}}-windows-setup",
        f"SetupIconFile={ICONS / (EXECUTABLE + '.ico')}",
        f"UninstallDisplayIcon={{app}}\\{EXECUTABLE}.exe",
        "",
        "[Languages]",
        'Name: "english"; MessagesFile: "compiler:Default.isl"',
        'Name: "swedish"; MessagesFile: "compiler:Languages\\Swedish.isl"',
        "",
        "[Tasks]",
        'Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; '
        'GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked',
        "",
        "[Files]",
        f'Source: "{bundle_folder}\\*"; DestDir: "{{app}}"; '
        "Flags: ignoreversion recursesubdirs createallsubdirs",
        "",
        "[Icons]",
        f'Name: "{{group}}\\{APP_NAME}"; Filename: "{{app}}\\{EXECUTABLE}.exe"',
        f'Name: "{{autodesktop}}\\{APP_NAME}"; Filename: "{{app}}\\{EXECUTABLE}.exe"; '
        "Tasks: desktopicon",
        "",
        "[Run]",
        f'Filename: "{{app}}\\{EXECUTABLE}.exe"; '
        f'Description: "{{cm:LaunchProgram,{APP_NAME}}}"; '
        "Flags: nowait postinstall skipifsilent",
        "",
    ]
    return "\n".join(lines)


def _bundle_path(dest: str) -> str:
    return dest.replace("\\", "/")


def left_out(dest: str) -> bool:
    """Whether a binary PyInstaller found is one the bundle does without (LEFT_OUT_BINARIES)."""
    path = _bundle_path(dest)
    return any(fnmatch.fnmatchcase(path, pattern) for pattern in LEFT_OUT_BINARIES)


def app_languages() -> list[str]:
    """The languages of the interface's compiled translations (resources/translations)."""
    folder = ROOT / "resources" / "translations"
    return sorted(path.stem.rpartition("_")[2] for path in folder.glob("resume_builder_*.qm"))


def keeps_qt_translation(dest: str) -> bool:
    """Whether a data file is no Qt translation, or one of Qt's the app loads."""
    path = PurePosixPath(_bundle_path(dest))
    if path.suffix != ".qm" or "translations" not in path.parts or path.parts[0] != "PySide6":
        return True
    return any(
        path.name == f"{prefix}{language}.qm"
        for prefix in QT_TRANSLATION_PREFIXES
        for language in app_languages()
    )


def reachable_binaries(binaries, imports_of) -> list:
    """The (dest, source, typecode) entries that something loaded needs, directly or not.

    Roots are what Python or Qt load by path: extension modules, Qt plugins and libpython;
    a shared library stays only when a root, or a library kept, names it as a dependency
    (`imports_of(source)` gives those names). What only a left-out plugin needed goes.
    """
    by_name: dict[str, list] = {}
    for entry in binaries:
        by_name.setdefault(PurePosixPath(_bundle_path(entry[0])).name.lower(), []).append(entry)

    def is_root(entry) -> bool:
        dest, _source, typecode = entry
        path = _bundle_path(dest)
        return (
            typecode == "EXTENSION"
            or "/plugins/" in path
            or PurePosixPath(path).name.lower().startswith(("libpython", "python"))
        )

    needed = {name for name, entries in by_name.items() if any(map(is_root, entries))}
    queue = list(needed)
    while queue:
        for entry in by_name[queue.pop()]:
            for name in imports_of(entry[1]):
                name = PurePosixPath(name.replace("\\", "/")).name.lower()
                if name in by_name and name not in needed:
                    needed.add(name)
                    queue.append(name)
    return [e for e in binaries if PurePosixPath(_bundle_path(e[0])).name.lower() in needed]
