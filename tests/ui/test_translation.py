"""The Swedish translation: complete, faithful to placeholders, and what the window shows."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, QTranslator
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from resume_builder import paths
from resume_builder.domain.hints import Hint, HintKind, load_default_hints
from resume_builder.domain.models import Accomplishment
from resume_builder.services.demo import write_demo
from resume_builder.services.fit_report import FitReport
from resume_builder.storage.repository import Repository
from resume_builder.ui.forms import RecordForm
from resume_builder.ui.hint_messages import HintMessages
from resume_builder.ui.i18n import LANGUAGE_KEY, chosen_language
from resume_builder.ui.store import CareerStore
from resume_builder.ui.views.base import ViewContext
from resume_builder.ui.views.export_dialog import ExportDialog
from resume_builder.ui.views.quick_capture import QuickCaptureDialog

TS_FILE = paths.resource("translations", "resume_builder_sv.ts")
QM_FILE = paths.resource("translations", "resume_builder_sv.qm")
# %s, %1…%99, %n (and %Ln), and str.format fields such as {word}
PLACEHOLDER = re.compile(r"%(?:L?n|L?\d{1,2}|s)|\{\w+\}")
# One "&" before a letter marks a mnemonic; "&&" is a literal ampersand.
MNEMONIC = re.compile(r"(?<!&)&(?!&)(\w)")

WEAK_HEADLINE = "Was responsible for the billing migration"
ROOT = Path(__file__).resolve().parents[2]


def _load_update_translations():
    # tools/ is no package: the developer scripts run as files.
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "tools" / "update_translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


update_translations = _load_update_translations()


def ts_messages(ts_file: Path) -> list[tuple[str, ET.Element]]:
    """Every message of a .ts file, with the name of its context."""
    root = ET.parse(ts_file).getroot()
    return [
        (context.findtext("name") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _messages() -> list[tuple[str, ET.Element]]:
    return ts_messages(TS_FILE)


def message_forms(message: ET.Element) -> list[str]:
    """A message's translation: its plural forms, or the one text of a message without any."""
    translation = message.find("translation")
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


# --------------------------------------------------------------------------- the .ts file
def test_every_message_is_translated_and_finished():
    messages = _messages()
    assert len(messages) > 300  # the whole interface, not a stub
    contexts = {context for context, _message in messages}
    # every view and widget that speaks, the newer ones included
    for context in ("MainWindow", "ExportDialog", "TargetsView", "LivePreview", "HintMessages"):
        assert context in contexts, context
    problems = []
    for context, message in messages:
        source = message.findtext("source")
        translation = message.find("translation")
        forms = message_forms(message)
        if translation.get("type") is not None:
            problems.append((context, source, translation.get("type")))
        if message.get("numerus") == "yes" and len(forms) != 2:
            problems.append((context, source, "Swedish needs two plural forms"))
        if not forms or not all(form.strip() for form in forms):
            problems.append((context, source, "empty"))
    assert problems == []


def test_translations_keep_placeholders_mnemonics_and_punctuation():
    problems = []
    for context, message in _messages():
        source = message.findtext("source") or ""
        for form in message_forms(message):
            if Counter(PLACEHOLDER.findall(form)) != Counter(PLACEHOLDER.findall(source)):
                problems.append((context, source, form, "placeholders"))
            if len(MNEMONIC.findall(form)) != len(MNEMONIC.findall(source)):
                problems.append((context, source, form, "mnemonic"))
            for ending in ("…", ":"):
                if source.endswith(ending) != form.endswith(ending):
                    problems.append((context, source, form, f"ending {ending}"))
            if source[:1].isspace() != form[:1].isspace():
                problems.append((context, source, form, "leading space"))
    assert problems == []


def test_the_compiled_translation_matches_the_ts_file():
    translator = QTranslator()
    assert translator.load(str(QM_FILE))
    stale = []
    for context, message in _messages():
        source = message.findtext("source")
        comment = message.findtext("comment")
        forms = message_forms(message)
        counts = (1, 2) if message.get("numerus") == "yes" else (-1,)
        for form, n in zip(forms, counts, strict=True):
            if translator.translate(context, source, comment, n) != form:
                stale.append((context, source))
    assert stale == []  # run tools/update_translations.py


def test_the_ts_file_has_every_string_the_code_asks_for(tmp_path):
    """A new tr() string must reach the .ts: the checks above only read what is there."""
    fresh = tmp_path / "fresh.ts"
    sources = [str(path.relative_to(ROOT)) for path in update_translations.sources()]
    subprocess.run(
        [update_translations.tool("pyside6-lupdate"), *sources, "-ts", str(fresh)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    wanted = {
        (context.findtext("name"), message.findtext("source"))
        for context in ET.parse(fresh).getroot().iter("context")
        for message in context.iter("message")
    }
    have = {(context, message.findtext("source")) for context, message in _messages()}
    assert sorted(wanted - have) == []  # run tools/update_translations.py


# --------------------------------------------------------------------------- the running app
@pytest.fixture
def window(swedish, open_window):
    return open_window()


def test_our_translation_and_qts_own_are_installed(swedish):
    files = [translator.filePath() for translator in swedish]
    assert any(name.endswith("resume_builder_sv.qm") for name in files)
    assert QApplication.translate("WindowActions", "&File") == "&Arkiv"


def test_the_window_speaks_swedish(window):
    menus = window.menuBar().actions()
    assert [action.text() for action in menus] == ["&Arkiv", "&Redigera", "&Visa", "&Hjälp"]
    titles = [window.sidebar.item(row).text() for row in range(window.sidebar.count())]
    assert titles == [
        "Start",
        "Prestationer",
        "Erfarenhet",
        "Kompetenser",
        "Profil",
        "Bakgrund",
        "Personer",
        "Möten",
        "Ansökningar",
        "Ansökningsläge",
        "Organisationer",
        "Plan",
        "Att göra",
    ]
    assert window.undo_action.text() == "&Ångra"
    assert window.counts_label.text() == "0 prestationer · 0 roller · 0 kompetenser"
    for menu in menus:
        letters = [
            match.casefold()
            for action in menu.menu().actions()
            for match in MNEMONIC.findall(action.text())
        ]
        assert len(letters) == len(set(letters)), menu.text()


def test_every_form_has_unique_swedish_mnemonics(window):
    forms = [form for view in window.views for form in view.findChildren(RecordForm)]
    assert len(forms) >= 12  # accomplishments, experience, skills, profile, nine background tabs
    for form in forms:
        texts = [label.text() for label in form.findChildren(QLabel)]
        texts += [button.text() for button in form.findChildren(QAbstractButton)]
        letters = [m.casefold() for text in texts for m in MNEMONIC.findall(text)]
        assert len(letters) == len(set(letters)), texts


def test_the_targets_view_has_unique_swedish_mnemonics(window):
    """The tabs and the list's buttons show beside each tab's own labels and buttons."""
    view = window.view("targets")
    tabs = [view.tabs.tabText(i) for i in range(view.tabs.count())]
    assert tabs == ["A&nnons", "An&passa", "&CV", "Personligt &brev", "L&äge"]
    shared = tabs + [
        view.show_archived_check.text(),
        view.duplicate_button.text(),
        view.archive_button.text(),
    ]
    for index in range(view.tabs.count()):
        page = view.tabs.widget(index)
        texts = shared + [label.text() for label in page.findChildren(QLabel)]
        texts += [button.text() for button in page.findChildren(QAbstractButton)]
        letters = [m.casefold() for text in texts for m in MNEMONIC.findall(text)]
        assert len(letters) == len(set(letters)), texts


def test_quick_capture_undo_and_hints_in_swedish(qtbot, window):
    dialog = QuickCaptureDialog(window.context, window)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Snabbanteckning"
    dialog.headline.setText(WEAK_HEADLINE)
    assert "i stället för “responsible for”" in dialog.hints.text()
    dialog.accept()

    assert window.undo_action.text() == "&Ångra Snabbanteckning"
    assert window.counts_label.text() == "1 prestation · 0 roller · 0 kompetenser"

    window.show_view("accomplishments")
    view = window.view("accomplishments")
    assert view.select_record(dialog.captured_id)
    messages = view.hint_list.messages()
    assert (
        "Säg hellre rakt ut vad du gjorde och vad som förändrades i stället för "
        "“responsible for”, som beskriver en arbetsuppgift snarare än ett resultat."
    ) in messages
    assert (
        "Punkten har 6 ord; skriv gärna vad du gjorde och vad det förändrade, med ungefär "
        "8 till 35 ord." in messages
    )
    assert not any("Consider" in message for message in messages)

    window.undo_action.trigger()
    assert window.store.records(Accomplishment) == []
    assert window.redo_action.text() == "&Gör om Snabbanteckning"


def test_plural_forms_follow_the_count(swedish):
    messages = HintMessages()
    long_headline = "Led " + " ".join(["work"] * 40)
    [hint] = [
        h
        for h in load_default_hints(paths.resource("data")).check(long_headline)
        if h.kind == HintKind.TOO_LONG
    ]
    assert messages.message(hint, long_headline).startswith("Punkten har 41 ord; korta den")
    translate = QApplication.translate
    assert translate("MainWindow", "%n roles", "", 1) == "1 roll"
    assert translate("MainWindow", "%n roles", "", 3) == "3 roller"


def test_the_export_dialog_and_its_fit_report_in_swedish(qtbot, data_dir, swedish):
    repository = Repository.open(data_dir)
    write_demo(repository)
    store = CareerStore(repository)
    dialog = ExportDialog(ViewContext(store=store, undo_stack=QUndoStack()))
    qtbot.addWidget(dialog)
    try:
        with qtbot.waitSignal(dialog.preview_ready, timeout=20_000):
            dialog.show()
        assert dialog.windowTitle() == "Exportera"
        labels = [label.text() for label in dialog.findChildren(QLabel)]
        for text in ("&Dokument:", "&Språk:", "S&idmål:", "&Pappersstorlek:", "&Mall"):
            assert text in labels
        assert dialog.export_button.text() == "&Exportera…"
        kinds = [dialog.kind_combo.itemText(i) for i in range(dialog.kind_combo.count())]
        assert kinds == ["CV", "Karriärdokument"]
        buttons = [button.text() for button in dialog.findChildren(QAbstractButton)]
        letters = [m.casefold() for text in labels + buttons for m in MNEMONIC.findall(text)]
        assert len(letters) == len(set(letters)), labels + buttons

        # The first preview: the demo résumé fitted to its two-page target, said in Swedish.
        pages, fit = dialog.preview_result.pages, dialog.preview_result.fit
        unit = "sida" if pages == 1 else "sidor"
        expected = f"{pages} {unit}, inom sidmålet på 2 sidor."
        # The automatic choice names the first of what it left out, and lists it all on hover.
        left_out = fit.left_out
        if len(left_out) == 1:
            expected += f" För att få plats ströks 1 del: “{left_out[0]}”."
        elif left_out:
            expected += f" För att få plats ströks {len(left_out)} delar, först “{left_out[0]}”."
        assert dialog.fit_label.text() == expected
        if left_out:
            assert dialog.fit_box.toolTip().startswith("Ströks för att rymmas inom sidmålet:")
        assert dialog.pages_label.text().startswith(f"{pages} {unit} · ")
        assert dialog.status_label.text() == ""

        # Each form of the report, with the plural that follows its count.
        fit_text = dialog.fit_text
        assert fit_text(FitReport(pages=1, target=1, left_out=["Projekt", "B"])) == (
            "1 sida, inom sidmålet på 1 sida. För att få plats ströks 2 delar, först “Projekt”."
        )
        assert fit_text(FitReport(pages=1, target=1, left_out=["Projekt"])) == (
            "1 sida, inom sidmålet på 1 sida. För att få plats ströks 1 del: “Projekt”."
        )
        assert fit_text(FitReport(pages=3, target=2, would_drop=["A", "B", "C"])) == (
            "3 sidor: över sidmålet på 2 sidor. Stryk 3 delar för att få plats, först “A”."
        )
        assert fit_text(FitReport(pages=2, target=1)) == (
            "2 sidor: över sidmålet på 1 sida även utan några valfria delar."
        )
        assert fit_text(FitReport(pages=5, target=None)) == "5 sidor."
    finally:
        dialog.done(0)
        store.flush()
        repository.close()


# --------------------------------------------------------------------------- hints in English
HEADLINES = [
    "",
    " • ",
    "x",
    "I did things",
    WEAK_HEADLINE,
    "We helped with it and I'm proud of the 3 results",
    "Reduced cost by 30% across 4 teams using a new pipeline and better tooling",
    "Led " + " ".join(["work"] * 40),
    "a" * 300,
    ("Delivered " + "b" * 40 + " ") * 6,
    "??? !!!",
    "Responsible for %2 things %1 and my team",
]


@pytest.mark.parametrize("headline", HEADLINES)
def test_in_english_the_ui_words_each_hint_as_the_domain_does(qapp, headline):
    checker = load_default_hints(paths.resource("data"))
    messages = HintMessages()
    for hint in checker.check(headline):
        assert messages.message(hint, headline) == hint.message


def test_every_hint_kind_is_covered_and_unknown_kinds_fall_back(qapp):
    checker = load_default_hints(paths.resource("data"))
    kinds = {hint.kind for headline in HEADLINES for hint in checker.check(headline)}
    assert kinds == set(HintKind)
    strange = Hint(HintKind.WEAK_PHRASE, "as the domain said", start=50, end=60)
    assert HintMessages().message(strange, "short") == "as the domain said"


# --------------------------------------------------------------------------- the choice
@pytest.mark.parametrize(("stored", "system"), [("sv", "en_GB"), ("en", "sv_SE")])
def test_the_stored_language_wins_over_the_system(qapp, monkeypatch, stored, system):
    monkeypatch.setattr(QLocale, "system", lambda: QLocale(system))
    settings = QSettings()
    settings.setValue(LANGUAGE_KEY, stored)
    assert chosen_language() == stored
    assert chosen_language(settings) == stored


@pytest.mark.parametrize(("system", "expected"), [("sv_SE", "sv"), ("de_DE", "en")])
def test_without_a_choice_the_system_language_is_used_if_shipped(
    qapp, monkeypatch, system, expected
):
    monkeypatch.setattr(QLocale, "system", lambda: QLocale(system))
    assert chosen_language() == expected


def test_every_plural_message_is_a_tr_call():
    """lupdate files a `%n` message as plural only from tr(); translate(ctx, text, "", n) loses it.

    Such a message then has one Swedish form for every count, and English shows "record(s)".
    """
    import ast

    package = Path(__file__).resolve().parents[2] / "resume_builder"
    offenders = []
    for path in sorted(package.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
            if name == "translate" and (
                len(node.args) >= 4 or any(k.arg == "n" for k in node.keywords)
            ):
                offenders.append(f"{path.relative_to(package)}:{node.lineno}")
    assert offenders == []
