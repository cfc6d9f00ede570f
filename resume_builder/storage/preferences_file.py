"""The small JSON file of preferences beside the database: read leniently, written atomically."""

from __future__ import annotations

import json
import logging
from pathlib import Path

from resume_builder.storage.atomic import atomic_write_bytes

log = logging.getLogger(__name__)


def read_preferences_file(path: Path) -> dict:
    """What the file holds; {} when it is missing or unreadable (the defaults then apply)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        # A damaged preferences file must never stop the app or an export.
        log.warning("Cannot read %s; using the default preferences", path, exc_info=True)
        return {}
    return data if isinstance(data, dict) else {}


def write_preferences_file(path: Path, data: dict) -> None:
    """Writes the whole file at once, so a reader sees the old or the new file, never half."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    atomic_write_bytes(path, text.encode("utf-8"))
