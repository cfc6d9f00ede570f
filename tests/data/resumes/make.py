"""Makes the measured résumé set from src/*.html with tools other than ours (issue 17).

Each source is rendered four ways: Chromium's print to PDF, LibreOffice Writer to DOCX and
to PDF, and pandoc to DOCX. Run from this folder: `python make.py` (needs chromium, soffice
and pandoc on PATH). The expected records (expected/<source>.json) are written by hand from
what each source says; they are never produced by the importer.

Résumés written for other résumé tools are kept with their own sources and rendered by
those tools (not needed to run the tests; the outputs are committed):

- src/jsonresume/<stem>.json (JSON Resume) -> <stem>.even.html by jsonresume-theme-even
  0.26.1's own render(): `npm install jsonresume-theme-even` in a scratch folder, then
  `node render.mjs in.json out.html` with render.mjs = `import {render} from
  "jsonresume-theme-even"; writeFileSync(out, render(JSON.parse(readFileSync(in))))`;
  printed with `chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer
  --print-to-pdf=files/<stem>.jsonresume-even.pdf file://.../<stem>.even.html`.
- src/latex/<stem>.tex (the currvita LaTeX package, texlive-latex-extra) ->
  files/<stem>.currvita.pdf by `pdflatex -interaction=nonstopmode <stem>.tex` (TeX Live
  2022, Debian packages texlive-latex-base + texlive-latex-extra).
- src/latex/en_logistics.tex and sv_logistik.tex (the europecv class, a Europass CV: labels
  right-aligned in a left margin on the baselines of their text) ->
  files/<stem>.europecv.pdf the same way. These two were added while the reader was taught
  the Europass layout, so their figures are not those of unseen files.
- src/latex/en_uxdesigner.tex (moderncv style classic), sv_projektledare.tex (banking) and
  sv_larare.tex (casual), the moderncv class 2.3.1 (2022-02-21) with lmodern and the
  `nosymbols` style option (fontawesome5 is not installed) -> files/<stem>.moderncv.pdf by
  `pdflatex -interaction=nonstopmode <stem>.tex` (TeX Live 2022/Debian, pdfTeX 1.40.24,
  texlive-latex-extra 2022.20230122). classic and casual set the dates in a left margin
  beside a bold title and a slanted employer; banking sets the employer and city bold on
  one line, the title italic with the dates right-aligned on the next. They and their
  expected records were committed before the reader was run on them (unseen files).
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
