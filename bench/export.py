"""Export speed: in-process renders against bare reportlab and python-docx, whole-process CLI
runs, and the Career Management Document (CMD) at 200, 2,000 and 5,000 accomplishments.

Run: python bench/export.py [--repeat 7] [--in-process-repeat 15] [--template classic]
                            [--cmd-sizes 200,2000,5000] [--skip-cli] [--keep]

The PDF floor (issue 4: "a bare reportlab script that draws the same page") is the demo
résumé's own text drawn by hand with reportlab's canvas: every line of the résumé's
Document.reading_text(), in the faces the résumé uses (the template's TTFs from
resources/fonts: regular for body lines, bold for the name, section and entry titles, italic
for scope lines), at the template's body size and margins on A4, each line wrapped naively to
the text width with stringWidth, page after page (two pages). No paragraphs, no layout rules,
no keep-together logic: the least work that puts the same words on the same pages.

(a) In process, median of --in-process-repeat runs after a warm-up (modules imported, fonts
    registered, as in the app's window after its first export):
    1. bare reportlab: registers the résumé's faces (parsing each TTF, as a script does) and
       draws the floor described above (the floor, measured in the same run);
    2. the same drawing with the faces registered once beforehand (a stricter floor: our
       render, too, registers each face once per process);
    3. résumé PDF: build_resume on the demo career + render_pdf into memory (two pages);
    4. bare python-docx: the same text as two pages of headings and list paragraphs;
    5. résumé DOCX: build_resume + render_docx into memory.
    PDF rows print their ratio to row 1 (and row 2), DOCX to row 4. Budget (issue 4): the
    résumé PDF under 150 ms and within 1.5x of the floor.
(b) Whole process: every row is a fresh `python` process, timed from start to exit, median
    of --repeat runs after one warm-up run (so the disk cache is warm and bytecode is cached
    for all rows alike):
    1. bare reportlab: a script that registers the résumé's faces and draws the floor above;
    2. bare python-docx: a script writing a similar two-page document;
    3. render_pdf only: imports resume_builder.export.render_pdf and renders a two-page
       résumé tree built in the script (no storage, no CLI);
    4. CLI PDF: `python -m resume_builder export resume --format pdf` on the demo career;
    5. CLI DOCX: the same with `--format docx`.
    PDF rows print their ratio to row 1 and DOCX rows to row 2 (the budget in DESIGN.md is
    1.5x of wall time), for wall time and for CPU time (user + system of the child, steadier
    when other jobs share the machine; not measured on Windows). A row whose command exits
    non-zero prints "not available yet" and its stderr's last line instead of a time.
(c) CMD as PDF in process, one run per size after the warm-up: synthetic careers made by
    repeating the demo accomplishments (headlines numbered) across the four demo roles;
    seconds, seconds per 1,000 accomplishments (flat when time grows linearly) and pages.
    Goal: 2,000 accomplishments under 5 s.

--keep leaves the temporary folder (scripts, data folder, outputs) in place and prints its path.
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from timing import median_ms

ROOT = Path(__file__).resolve().parent.parent
# Children may write bytecode caches (the warm-up run does), as on a user's machine or in a
# frozen build; with PYTHONDONTWRITEBYTECODE every run would compile our modules afresh.
CHILD_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}

# The floor's drawing, run in process (exec'd once) and as a script of its own.
FLOOR_DRAW = """
def floor_register(faces):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, path in faces.items():
        pdfmetrics.registerFont(TTFont(name, path))


def floor_draw(target, spec):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    width, height = spec["page"]
    left, right, top, bottom = spec["margins"]
    size, leading = spec["size"], spec["leading"]
    room = width - left - right
    page = canvas.Canvas(target, pagesize=(width, height))
    y = height - top - size
    pages = 1
    for text, face in spec["lines"]:
        words, line = text.split(), ""
        pieces = []
        for word in words:
            candidate = line + " " + word if line else word
            if line and stringWidth(candidate, face, size) > room:
                pieces.append(line)
                line = word
            else:
                line = candidate
        pieces.append(line)
        for piece in pieces:
            if y < bottom:
                page.showPage()
                pages += 1
                y = height - top - size
            page.setFont(face, size)
            page.drawString(left, y, piece)
            y -= leading
    page.showPage()
    page.save()
    return pages
"""

BARE_REPORTLAB = (
    FLOOR_DRAW
    + """
spec = {spec!r}
floor_register(spec["faces"])
floor_draw({output!r}, spec)
"""
)

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
    spec = floor_spec(template)[0]
    scripts = {
        "bare_reportlab.py": BARE_REPORTLAB.format(spec=spec, output=str(folder / "bare.pdf")),
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
        Row("bare reportlab, same faces+text", [python, str(folder / "bare_reportlab.py")]),
        Row("bare python-docx, 2 pages", [python, str(folder / "bare_docx.py")]),
        Row(
            "render_pdf only, 2 pages",
            [python, str(folder / "render_pdf.py")],
            baseline="bare reportlab, same faces+text",
        ),
        Row(
            "CLI export resume --format pdf",
            [*cli, "--format", "pdf", "-o", str(folder / "cli.pdf")],
            baseline="bare reportlab, same faces+text",
        ),
        Row(
            "CLI export resume --format docx",
            [*cli, "--format", "docx", "-o", str(folder / "cli.docx")],
            baseline="bare python-docx, 2 pages",
        ),
    ]


# ----------------------------------------------------------------------------- in process
def _import_project() -> None:
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))


def median_seconds(action: Callable[[], object], repeat: int) -> float:
    """Median wall seconds of `repeat` calls, after one warm-up call."""
    return median_ms(action, repeat, warm_up=True) / 1000


def demo_snapshot():
    _import_project()
    from resume_builder.domain.snapshot import CareerSnapshot
    from resume_builder.services.demo import demo_records

    return CareerSnapshot.from_records(demo_records(date(2026, 3, 1)))


def styled_lines(document, style) -> list[tuple[str, tuple[str, bool, bool]]]:
    """The document's reading_text() lines, each with the face (family, bold, italic) the
    résumé draws it in: bold for the name, section and entry titles, italic for the scope.
    """
    from resume_builder.export.document import Bullet, Entry, Paragraph, Section, inline_text

    body, heading = style.body_font, style.heading_font
    regular, bold, italic = (body, False, False), (body, True, False), (body, False, True)
    lines: list[tuple[str, tuple[str, bool, bool]]] = []
    if document.contact is not None:
        lines.append((document.contact.name, (heading, True, False)))
        if document.contact.headline:
            lines.append((document.contact.headline, regular))
        lines.extend((run.text, regular) for run in document.contact.items if run.text)
    for block in document.walk():
        if isinstance(block, Section):
            lines.append((block.title, (heading, True, False)))
        elif isinstance(block, Entry):
            parts = [(block.title, bold), (block.dates, regular)]
            parts += [(block.organisation, regular), (block.location, regular)]
            lines.extend(part for part in parts if part[0])
            if block.scope:
                lines.append((block.scope, italic))
        elif isinstance(block, Paragraph | Bullet):
            text = inline_text(block.runs)
            if text:
                lines.append((text, regular))
        else:  # a table: the résumé has none; its cells would be regular text
            lines.extend((text, regular) for text in block.header)
            lines.extend((text, regular) for row in block.rows for text in row)
    assert [text for text, _ in lines] == document.reading_text()
    return lines


def floor_spec(template: str) -> tuple[dict, object, object, object]:
    """What the floor draws: the demo résumé's faces, lines, page and margins; with the
    snapshot, style and options the résumé rows build from.
    """
    _import_project()
    from resume_builder.export.builders import build_resume
    from resume_builder.export.fonts import font_path, reportlab_face_name
    from resume_builder.export.render_pdf import PAGE_SIZES, _faces_used
    from resume_builder.services import documents

    snapshot = demo_snapshot()
    # The résumé the app exports: the automatic choice fitted to two pages once, then the
    # same options are built and rendered in every timed run.
    request = documents.ExportRequest(kind="resume", format="pdf", template=template)
    request.resume.page_target = 2
    request.resume.today = date(2026, 3, 1)
    templates = ROOT / "templates"
    documents.run_to_end(documents.export_document(request, snapshot, templates))
    options = request.resume
    style = documents.load_template(templates, template)
    document = build_resume(snapshot, style, options).document
    used = _faces_used(document, style)
    # Registered under names of their own, so the floor parses its TTFs itself.
    faces = {f"Floor-{reportlab_face_name(*face)}": str(font_path(*face)) for face in used}
    lines = []
    for text, face in styled_lines(document, style):
        if face not in used:
            face = (style.body_font, False, False)
        lines.append((text, f"Floor-{reportlab_face_name(*face)}"))
    mm = 72.0 / 25.4
    spec = {
        "faces": faces,
        "lines": lines,
        "page": PAGE_SIZES["A4"],
        "margins": tuple(
            getattr(style, f"margin_{side}_mm") * mm for side in ("left", "right", "top", "bottom")
        ),
        "size": style.body_size,
        "leading": style.body_size * style.line_spacing,
    }
    return spec, snapshot, style, options


def page_lines(document, per_page: int) -> list[list[str]]:
    """A document's reading text wrapped to 95 columns and cut into two pages of lines."""
    lines = [piece for line in document.reading_text() for piece in textwrap.wrap(line, 95) or [""]]
    half = (len(lines) + 1) // 2
    return [lines[:half][:per_page], lines[half:][:per_page]]


def in_process_table(template: str, repeat: int) -> list[str]:
    """Rows (a): résumé PDF and DOCX in process against bare reportlab and python-docx."""
    _import_project()
    import docx

    from resume_builder.export.builders import build_resume
    from resume_builder.export.render_docx import render_docx
    from resume_builder.export.render_pdf import render_pdf

    spec, snapshot, style, options = floor_spec(template)
    document = build_resume(snapshot, style, options).document
    pages = page_lines(document, per_page=60)
    floor: dict[str, Callable] = {}
    exec(FLOOR_DRAW, floor)  # noqa: S102 - our own source, shared with the script row

    def bare_draw() -> int:
        return floor["floor_draw"](io.BytesIO(), spec)

    def bare_register_and_draw() -> int:
        floor["floor_register"](spec["faces"])
        return bare_draw()

    def resume_pdf() -> int:
        tree = build_resume(snapshot, style, options).document
        return render_pdf(tree, style, io.BytesIO(), page_size="A4").pages

    def bare_docx() -> None:
        word = docx.Document()
        for lines in pages:
            word.add_heading("Experience", level=1)
            for line in lines:
                word.add_paragraph(line, style="List Bullet")
            word.add_page_break()
        word.save(io.BytesIO())

    def resume_docx() -> None:
        tree = build_resume(snapshot, style, options).document
        render_docx(tree, style, io.BytesIO(), page_size="A4")

    pdf_pages = resume_pdf()
    floor_pages = bare_register_and_draw()
    floor_time = median_seconds(bare_register_and_draw, repeat)
    strict = median_seconds(bare_draw, repeat)
    ours_pdf = median_seconds(resume_pdf, repeat)
    docx_floor = median_seconds(bare_docx, repeat)
    ours_docx = median_seconds(resume_docx, repeat)
    floor = floor_time
    faces = ", ".join(name.removeprefix("Floor-") for name in spec["faces"])
    rows = [
        f"(a) In process, median of {repeat} runs after a warm-up ({template} template, "
        f"demo résumé: {pdf_pages} PDF pages)",
        f"    floor: the résumé's {len(spec['lines'])} reading_text() lines drawn with canvas "
        f"in its {len(spec['faces'])} faces ({faces}),",
        f"    wrapped naively with stringWidth, {floor_pages} A4 pages",
        f"{'what':<46} {'ms':>7} {'ratio':>6}  against",
        f"{'floor: register résumé faces + draw its text':<46} {floor * 1e3:7.1f}",
        f"{'floor: draw its text (faces registered)':<46} {strict * 1e3:7.1f}",
        f"{'résumé PDF: build + render_pdf':<46} {ours_pdf * 1e3:7.1f} "
        f"{ours_pdf / floor:5.2f}x  floor, register + draw "
        f"({ours_pdf / strict:.2f}x of draw only)",
        f"{'bare python-docx: 2 pages':<46} {docx_floor * 1e3:7.1f}",
        f"{'résumé DOCX: build + render_docx':<46} {ours_docx * 1e3:7.1f} "
        f"{ours_docx / docx_floor:5.2f}x  bare python-docx",
    ]
    return rows


def synthetic_snapshot(count: int):
    """The demo career with `count` accomplishments: the demo ones repeated, numbered, and
    spread over the four demo roles.
    """
    _import_project()
    from resume_builder.domain.models import Accomplishment
    from resume_builder.domain.snapshot import CareerSnapshot
    from resume_builder.services.demo import demo_records

    records = demo_records(date(2026, 3, 1))
    others = [r for r in records if not isinstance(r, Accomplishment)]
    demo = [r for r in records if isinstance(r, Accomplishment)]
    role_ids = list(dict.fromkeys(a.role_id for a in demo))
    made = [
        demo[number % len(demo)].copy(
            id=f"bench-{number}",
            headline=f"{demo[number % len(demo)].headline} (#{number + 1})",
            role_id=role_ids[number % len(role_ids)],
        )
        for number in range(count)
    ]
    return CareerSnapshot.from_records(others + made)


def cmd_table(template: str, sizes: list[int]) -> list[str]:
    """Rows (c): the CMD as PDF in process for growing careers."""
    _import_project()
    from resume_builder.export.builders import build_career_document
    from resume_builder.export.render_pdf import render_pdf
    from resume_builder.export.style import load_style

    style = load_style(ROOT / "templates" / f"{template}.toml")

    def cmd_pdf(snapshot) -> int:
        document = build_career_document(snapshot, style, "en")
        return render_pdf(document, style, io.BytesIO(), page_size="A4").pages

    cmd_pdf(synthetic_snapshot(50))  # warm-up: imports, fonts
    rows = [
        f"(c) CMD as PDF in process, one run each ({template} template)",
        f"{'accomplishments':>15} {'seconds':>8} {'s per 1,000':>12} {'pages':>6}",
    ]
    for size in sizes:
        snapshot = synthetic_snapshot(size)
        start = time.perf_counter()
        pages = cmd_pdf(snapshot)
        seconds = time.perf_counter() - start
        rows.append(f"{size:>15,} {seconds:8.2f} {seconds / size * 1000:12.2f} {pages:>6}")
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=7, help="runs per row (default 7)")
    parser.add_argument("--template", default="classic", help="template key (default classic)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument(
        "--in-process-repeat", type=int, default=15, help="runs per in-process row (default 15)"
    )
    parser.add_argument(
        "--cmd-sizes",
        default="200,2000,5000",
        help="accomplishment counts for the CMD rows (default 200,2000,5000; empty: none)",
    )
    parser.add_argument("--skip-cli", action="store_true", help="leave out the whole-process rows")
    args = parser.parse_args()

    print("\n".join(in_process_table(args.template, args.in_process_repeat)))
    print()
    if not args.skip_cli:
        whole_process_table(args)
        print()
    sizes = [
        int(size.replace(",", "").replace("_", "")) for size in args.cmd_sizes.split(",") if size
    ]
    if sizes:
        print("\n".join(cmd_table(args.template, sizes)))


def whole_process_table(args: argparse.Namespace) -> None:
    """Rows (b): fresh processes, bare libraries against our render and the CLI."""

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
        print(f"(b) Whole process, median of {args.repeat} runs ({args.template} template)")
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
