"""Makes the measured résumé set from src/*.html with tools other than ours (issue 17).

Each source is rendered four ways: Chromium's print to PDF, LibreOffice Writer to DOCX and
to PDF, and pandoc to DOCX. Run from this folder: `python make.py` (needs chromium, soffice
and pandoc on PATH). The expected records (expected/<source>.json) are written by hand from
what each source says; they are never produced by the importer.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

HERE = Path(__file__).parent
OUT = HERE / "files"


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for source in sorted((HERE / "src").glob("*.html")):
        stem = source.stem
        subprocess.run(
            [
                "chromium",
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-pdf-header-footer",
                f"--print-to-pdf={OUT / f'{stem}.chromium.pdf'}",
                source.resolve().as_uri(),
            ],
            check=True,
            capture_output=True,
        )
        with tempfile.TemporaryDirectory() as work:
            for target, name in (
                ("docx:MS Word 2007 XML", "libreoffice.docx"),
                ("pdf:writer_web_pdf_Export", "libreoffice.pdf"),
            ):
                subprocess.run(
                    [
                        "soffice",
                        "--headless",
                        "--convert-to",
                        target,
                        "--outdir",
                        work,
                        str(source),
                    ],
                    check=True,
                    capture_output=True,
                )
                produced = next(Path(work).glob(f"{stem}.{name.split('.')[-1]}"))
                shutil.move(produced, OUT / f"{stem}.{name}")
        subprocess.run(["pandoc", str(source), "-o", str(OUT / f"{stem}.pandoc.docx")], check=True)


if __name__ == "__main__":
    main()
