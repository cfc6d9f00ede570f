"""Renders each template's thumbnail (templates/<key>.png) from the demo résumé's first page.

Run after changing a template: python tools/make_template_thumbnails.py
"""

from __future__ import annotations

import io
import os
from datetime import date

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtPdf import QPdfDocument  # noqa: E402

from resume_builder import paths  # noqa: E402
from resume_builder.domain.options import ResumeOptions  # noqa: E402
from resume_builder.domain.snapshot import CareerSnapshot  # noqa: E402
from resume_builder.export.builders import build_resume  # noqa: E402
from resume_builder.export.catalog import load_catalog  # noqa: E402
from resume_builder.export.render_pdf import render_pdf  # noqa: E402
from resume_builder.services.demo import demo_records  # noqa: E402

WIDTH = 240


def main() -> None:
    """Writes one PNG per template."""
    app = QGuiApplication([])  # noqa: F841 - QtPdf renders through the GUI module
    snapshot = CareerSnapshot.from_records(demo_records(date(2026, 1, 1)))
    for key, style in load_catalog(paths.templates_dir()).styles.items():
        buffer = io.BytesIO()
        render_pdf(build_resume(snapshot, style, ResumeOptions()).document, style, buffer)
        data = QByteArray(buffer.getvalue())
        device = QBuffer(data)
        device.open(QIODevice.OpenModeFlag.ReadOnly)
        document = QPdfDocument()
        document.load(device)
        page = document.pagePointSize(0)
        size = QSize(WIDTH, round(WIDTH * page.height() / page.width()))
        page_image = document.render(0, size)
        image = QImage(size, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))  # QtPdf leaves the paper transparent
        painter = QPainter(image)
        painter.drawImage(0, 0, page_image)
        painter.end()
        target = paths.templates_dir() / (style.thumbnail or f"{key}.png")
        image.save(str(target))
        print(f"{target} {size.width()}x{size.height()}")


if __name__ == "__main__":
    main()
