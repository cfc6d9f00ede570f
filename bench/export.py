"""Export speed, whole process: our PDF/DOCX export against bare reportlab and python-docx.

Run: python bench/export.py [--repeat 7] [--template classic] [--keep]

Every row is a fresh `python` process, timed from start to exit, median of --repeat runs after
one warm-up run (so the disk cache is warm and bytecode is cached for all rows alike):

1. bare reportlab: a script written to a temporary file that registers one TTF from
   resources/fonts and draws two pages of résumé-like text with canvas.drawString;
2. bare python-docx: a script writing a similar two-page document;
3. render_pdf only: imports resume_builder.export.render_pdf and renders a two-page
   résumé tree built in the script (no storage, no CLI);
4. CLI PDF: `python -m resume_builder export resume --format pdf` on the demo career;
5. CLI DOCX: the same with `--format docx`.

PDF rows print their ratio to row 1 and DOCX rows to row 2 (the budget in DESIGN.md is 1.5x
of wall time), for wall time and for CPU time (user + system of the child, steadier when other
jobs share the machine; not measured on Windows).
A row whose command exits non-zero (the CLI or a renderer not written yet) prints
"not available yet" and its stderr's last line instead of a time. --keep leaves the temporary
folder (scripts, data folder, outputs) in place and prints its path.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FONT = ROOT / "resources" / "fonts" / "NotoSerif-Regular.ttf"
# Children may write bytecode caches (the warm-up run does), as on a user's machine or in a
# frozen build; with PYTHONDONTWRITEBYTECODE every run would compile our modules afresh.
CHILD_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}

BARE_REPORTLAB = """
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

pdfmetrics.registerFont(TTFont("Body", {font!r}))
page = canvas.Canvas({output!r}, pagesize=(595.27, 841.89))
lines = {lines!r}
for number in range(2):
    y = 800
    for line in lines:
        page.setFont("Body", 10)
        page.drawString(50, y, line)
        y -= 13
    page.showPage()
page.save()
"""

BARE_DOCX = """
import docx

document = docx.Document()
lines = {lines!r}
for number in range(2):
    document.add_heading("Experience", level=1)
    for line in lines:
        document.add_paragraph(line, style="List Bullet")
    document.add_page_break()
document.save({output!r})
"""

RENDER_PDF = """
import sys
sys.path.insert(0, {root!r})
from pathlib import Path
from resume_builder.export.document import (
    Bullet, Contact, Document, DocumentMeta, Entry, Run, Section, plain,
)
from resume_builder.export.render_pdf import render_pdf
from resume_builder.export.style import load_style

lines = {lines!r}
entries = [
    Entry(
        title=f"Engineering Manager {{number}}",
        organisation="Nordlys Payments",
        location="Copenhagen",
        dates=f"{{2010 + number}} – {{2011 + number}}",
        children=[Bullet(plain(line)) for line in lines[number * 7 : number * 7 + 7]],
        record_id=str(number),
    )
    for number in range(len(lines) // 7)
]
document = Document(
    DocumentMeta(title="Résumé", author="Łukasz Żółć"),
    Contact("Łukasz Żółć", "Director of Platform Engineering", [Run("lukasz@example.com")]),
    [Section("experience", "Experience", entries)],
)
style = load_style(Path({root!r}) / "templates" / ({template!r} + ".toml"))
report = render_pdf(document, style, Path({output!r}))
assert report.pages == 2, report
"""


@dataclass
class Row:
    """One measured command and the baseline it is compared with."""

    label: str
    command: list[str]
    baseline: str = ""  # label of the row this one is divided by


def resume_lines(count: int = 56) -> list[str]:
    """Résumé-like bullet text: about one page of 10 pt lines per `count` / 2."""
    verbs = ["Reduced", "Led", "Built", "Automated", "Negotiated", "Migrated", "Launched", "Cut"]
    return [
        f"{verbs[i % len(verbs)]} the cost of service {i} by {5 + i % 50}% across 40 teams "
        f"and 3 regions (Łódź, Malmö)"
        for i in range(count)
    ]


def time_once(
    command: list[str], cwd: Path
) -> tuple[float, float | None, subprocess.CompletedProcess[str]]:
    """Wall seconds, CPU seconds (user + system; None where unknown) and the result."""
    before = _children_cpu()
    start = time.perf_counter()
    result = subprocess.run(
        command, cwd=cwd, env=CHILD_ENV, capture_output=True, text=True, check=False
    )
    wall = time.perf_counter() - start
    after = _children_cpu()
    return wall, (after - before if after is not None and before is not None else None), result


def _children_cpu() -> float | None:
    # CPU time is steadier than wall time on a machine other jobs share; Windows lacks it.
    try:
        import resource
    except ImportError:
        return None
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure(row: Row, repeat: int, cwd: Path) -> tuple[float, float | None] | str:
    """Median wall and CPU seconds of `repeat` runs, or the reason the row cannot run."""
    _, _, warm_up = time_once(row.command, cwd)
    if warm_up.returncode != 0:
        last = (warm_up.stderr.strip().splitlines() or ["(no message)"])[-1]
        return f"not available yet ({last[:70]})"
    runs = [time_once(row.command, cwd) for _ in range(repeat)]
    cpu = [run[1] for run in runs if run[1] is not None]
    return (
        statistics.median(run[0] for run in runs),
        statistics.median(cpu) if cpu else None,
    )


def build_rows(folder: Path, template: str) -> list[Row]:
    python = sys.executable
    lines = resume_lines()
    scripts = {
        "bare_reportlab.py": BARE_REPORTLAB.format(
            font=str(FONT), output=str(folder / "bare.pdf"), lines=lines
        ),
        "bare_docx.py": BARE_DOCX.format(output=str(folder / "bare.docx"), lines=lines[:28]),
        "render_pdf.py": RENDER_PDF.format(
            root=str(ROOT), output=str(folder / "render.pdf"), lines=lines, template=template
        ),
    }
    for name, text in scripts.items():
        (folder / name).write_text(textwrap.dedent(text), encoding="utf-8")
    data = folder / "data"
    cli = [python, "-m", "resume_builder", "export", "resume", "--data-dir", str(data)]
    cli += ["--template", template, "--page-size", "A4"]
    return [
        Row("bare reportlab, 1 TTF, 2 pages", [python, str(folder / "bare_reportlab.py")]),
        Row("bare python-docx, 2 pages", [python, str(folder / "bare_docx.py")]),
        Row(
            "render_pdf only, 2 pages",
            [python, str(folder / "render_pdf.py")],
            baseline="bare reportlab, 1 TTF, 2 pages",
        ),
        Row(
            "CLI export resume --format pdf",
            [*cli, "--format", "pdf", "-o", str(folder / "cli.pdf")],
            baseline="bare reportlab, 1 TTF, 2 pages",
        ),
        Row(
            "CLI export resume --format docx",
            [*cli, "--format", "docx", "-o", str(folder / "cli.docx")],
            baseline="bare python-docx, 2 pages",
        ),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=7, help="runs per row (default 7)")
    parser.add_argument("--template", default="classic", help="template key (default classic)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="bench-export-"))
    try:
        rows = build_rows(folder, args.template)
        # The demo career is the CLI rows' input; a CLI without `demo` simply fails those rows.
        subprocess.run(
            [sys.executable, "-m", "resume_builder", "demo", "--data-dir", str(folder / "data")],
            cwd=ROOT,
            capture_output=True,
            check=False,
        )
        results = {row.label: measure(row, args.repeat, ROOT) for row in rows}
        print(f"Export, whole process, median of {args.repeat} runs ({args.template} template)")
        print(f"{'command':<34} {'wall s':>7} {'ratio':>6} {'CPU s':>7} {'ratio':>6}  against")
        for row in rows:
            value = results[row.label]
            if isinstance(value, str):
                print(f"{row.label:<34} {value}")
                continue
            wall, cpu = value
            base = results.get(row.baseline)
            cells = [f"{wall:7.3f}", "", f"{cpu:7.3f}" if cpu is not None else "      -", ""]
            if isinstance(base, tuple):
                cells[1] = f"{wall / base[0]:5.2f}x"
                if cpu is not None and base[1]:
                    cells[3] = f"{cpu / base[1]:5.2f}x"
            print(
                f"{row.label:<34} {cells[0]} {cells[1]:>6} {cells[2]} {cells[3]:>6}  {row.baseline}"
            )
    finally:
        if args.keep:
            print(f"kept {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
