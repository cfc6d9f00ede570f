"""What goes into the installable app: data files, excluded Qt modules, names and version.

One description for the PyInstaller spec, the build script and the tests; it imports neither
PyInstaller nor Qt, so the tests read it without either being installed.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
from pathlib import Path

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
#: Python modules only the tests and developer tools use
EXCLUDED_MODULES = ("tkinter", "pytest", "hypothesis", "icalendar", "pytestqt", "IPython")
#: Qt plugins the bundle must hold (PySide6's hooks collect them with QtGui, QtSvg and QtPdf):
#: screens (offscreen for the smoke test, xcb and wayland for desktops) and SVG icons
REQUIRED_QT_PLUGINS = (
    "platforms/libqoffscreen",
    "platforms/libqxcb",
    "platforms/libqwayland",
    "imageformats/libqsvg",
    "iconengines/libqsvgicon",
)


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
