"""Fixed, already translated column headers, the way every table model of the app shows them."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt


def horizontal_header(
    headers: Sequence[str], section: int, orientation: Qt.Orientation, role: int
) -> str | None:
    """What `headerData` returns for a model whose columns have fixed titles."""
    if (
        orientation == Qt.Orientation.Horizontal
        and role == Qt.ItemDataRole.DisplayRole
        and 0 <= section < len(headers)
    ):
        return headers[section]
    return None
