"""Opening a record on its own page of the main window, from anywhere in it."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

#: the page that shows each kind of record (an action item shows on its meeting's page)
PAGE_OF_KIND = {
    "accomplishment": "accomplishments",
    "person": "people",
    "meeting": "meetings",
    "action_item": "meetings",
    "target": "targets",
    "organisation": "organisations",
    "milestone": "plan",
}


def open_record(widget: QWidget, page_key: str, record_id: str) -> bool:
    """Shows the page `page_key` of `widget`'s window with the record selected.

    The page selects through its `select_record(id)`, or its RecordPage's. False when the
    window has no such page (a view shown on its own, in a test say) or the page cannot
    select the record.
    """
    window = widget.window()
    entries = getattr(window, "sidebar_entries", None)
    if entries is None or page_key not in [entry.key for entry in entries()]:
        return False
    view = window.view(page_key)
    select = getattr(view, "select_record", None) or getattr(
        getattr(view, "page", None), "select_record", None
    )
    if select is None:
        return False
    window.show_view(page_key)
    return bool(select(record_id) is not False)
