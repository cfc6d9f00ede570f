"""The profile photo as a user handles it: chosen on the Profile page (an undo step), refused
with a sentence when the picture cannot be used, and shown on a résumé only when Include photo
is ticked in the Export dialog, which then starts ticked the next time.
"""

from __future__ import annotations

import io

from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog

from resume_builder.domain.models import Photo
from resume_builder.ui.views.profile import ProfileView
from tests.photos import write_portrait
from tests.ui.test_export_dialog import (
    PREVIEW_TIMEOUT_MS,
    answer_message_box,
    open_dialog,
    save_as,  # noqa: F401 - a fixture
)
from tests.ui.test_views_records import show


def choose_file(monkeypatch, path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def images_on_page_one(data: bytes) -> int:
    page = PdfReader(io.BytesIO(data)).pages[0]
    objects = page["/Resources"].get("/XObject", {})
    return sum(1 for o in objects.values() if o.get_object()["/Subtype"] == "/Image")


def test_choosing_a_photo_shows_it_and_undo_takes_it_back(
    qtbot, context, store, monkeypatch, tmp_path
):
    picture = tmp_path / "me.jpg"
    write_portrait(picture, width=1500, height=2000)
    view = show(qtbot, ProfileView(context))
    panel = view.photo_panel
    assert panel.thumbnail.pixmap().isNull() and not panel.remove_button.isEnabled()
    choose_file(monkeypatch, picture)
    with qtbot.waitSignal(panel.photo_chosen):
        qtbot.mouseClick(panel.choose_button, Qt.MouseButton.LeftButton)
    assert panel.choose_button.isEnabled()
    (photo,) = store.records(Photo)
    assert (photo.width, photo.height) == (600, 800)
    assert not panel.thumbnail.pixmap().isNull()
    assert "me.jpg, 600 × 800 pixels" in panel.info_label.text()
    assert panel.remove_button.isEnabled()
    assert context.undo_stack.undoText() == "Choose Photo"

    context.undo_stack.undo()
    assert store.records(Photo) == []
    assert panel.thumbnail.pixmap().isNull()
    context.undo_stack.redo()
    assert store.records(Photo) == [photo]

    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert store.records(Photo) == []
    assert "No photo" in panel.thumbnail.text()
    context.undo_stack.undo()
    assert store.records(Photo) == [photo]


def test_a_picture_that_cannot_be_used_says_why_and_changes_nothing(
    qtbot, context, store, monkeypatch, tmp_path
):
    bad = tmp_path / "scan.jpg"
    bad.write_bytes(b"this is not a picture")
    view = show(qtbot, ProfileView(context))
    panel = view.photo_panel
    choose_file(monkeypatch, bad)
    with qtbot.waitSignal(panel.photo_refused) as refused:
        qtbot.mouseClick(panel.choose_button, Qt.MouseButton.LeftButton)
    assert "scan.jpg is not a picture this app can read" in refused.args[0]
    assert panel.problem_label.isVisible()
    assert "scan.jpg is not a picture" in panel.problem_label.text()
    assert store.records(Photo) == [] and context.undo_stack.count() == 0
    assert panel.choose_button.isEnabled()


def test_the_box_is_off_and_cannot_be_ticked_without_a_photo(qtbot, demo_context):
    dialog = open_dialog(qtbot, demo_context)
    try:
        look = dialog.options.look_options
        assert not look.photo_box.isEnabled() and not look.photo_box.isChecked()
        assert "no photo" in look.photo_box.toolTip()
        assert look.photo_note.isVisible()
        assert "US employers prefer a résumé without a photo" in look.photo_note.text()
        assert images_on_page_one(dialog.preview_data) == 0
    finally:
        dialog.done(0)


def profile_with_photo(qtbot, context, tmp_path) -> ProfileView:
    """The Profile page, shown, once it has made a portrait the profile's photo."""
    picture = tmp_path / "me.png"
    write_portrait(picture, fmt="PNG")
    view = show(qtbot, ProfileView(context))
    with qtbot.waitSignal(view.photo_panel.photo_chosen):
        view.photo_panel.set_photo_from(picture)
    return view


def test_ticking_include_photo_reaches_the_preview_the_file_and_the_next_dialog(
    qtbot,
    demo_context,
    save_as,  # noqa: F811 - the fixture imported above
    tmp_path,
):
    profile_with_photo(qtbot, demo_context, tmp_path)
    dialog = open_dialog(qtbot, demo_context)
    look = dialog.options.look_options
    assert look.photo_box.isEnabled() and not look.photo_box.isChecked()  # off by default
    assert images_on_page_one(dialog.preview_data) == 0
    with qtbot.waitSignal(dialog.preview_ready, timeout=PREVIEW_TIMEOUT_MS):
        # On the box itself: a check box in a wide row is not ticked by a click beside its text.
        qtbot.mouseClick(
            look.photo_box, Qt.MouseButton.LeftButton, pos=QPoint(8, look.photo_box.height() // 2)
        )
    assert look.photo_box.isChecked() and look.look().photo
    assert images_on_page_one(dialog.preview_data) == 1

    out = tmp_path / "cv.pdf"
    save_as(out)
    answer_message_box(qtbot, "Close", {})
    with qtbot.waitSignal(dialog.export_finished, timeout=PREVIEW_TIMEOUT_MS):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert images_on_page_one(out.read_bytes()) == 1
    dialog.done(0)

    again = open_dialog(qtbot, demo_context)
    try:
        assert again.options.look_options.photo_box.isChecked()
        assert images_on_page_one(again.preview_data) == 1
        # A letter shows no photo: the box says so.
        index = again.options.kind_combo.findData("cmd")
        again.options.kind_combo.setCurrentIndex(index)
        assert not again.options.look_options.photo_box.isEnabled()
    finally:
        again.done(0)


def test_a_remembered_photo_choice_outlives_removing_the_photo(qtbot, demo_context, tmp_path):
    """With no photo the box is off and greyed, but the look keeps asking for the photo, so a
    target that shows it still does once a photo is chosen again."""
    view = profile_with_photo(qtbot, demo_context, tmp_path)
    dialog = open_dialog(qtbot, demo_context)
    look = dialog.options.look_options
    with qtbot.waitSignal(dialog.preview_ready, timeout=PREVIEW_TIMEOUT_MS):
        look.photo_box.setChecked(True)
    remembered = look.look()
    dialog.done(0)
    qtbot.mouseClick(view.photo_panel.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not demo_context.store.records(Photo))

    again = open_dialog(qtbot, demo_context)
    try:
        again_look = again.options.look_options
        again_look.set_look(remembered)
        assert not again_look.photo_box.isEnabled() and not again_look.photo_box.isChecked()
        assert again_look.look().photo  # still asked for: nothing overwrites the choice
        assert images_on_page_one(again.preview_data) == 0
    finally:
        again.done(0)
