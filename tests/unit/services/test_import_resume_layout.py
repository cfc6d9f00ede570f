"""The PDF résumé reader on layouts other tools make: two columns that keep their own
baselines, dates set in a margin beside their entries, bullets drawn as shapes, and entry
headings wrapped at a separator or inside their period.

The PDFs are drawn by hand with reportlab's canvas, line by line, as a browser or a word
processor would place them: nothing of our own renderer is used.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from resume_builder.domain.dates import PRESENT, PartialDate
from resume_builder.domain.models import Accomplishment, Education, Language, Role, Skill
from resume_builder.services.importing.resume_file import read_resume_file
from resume_builder.services.importing.resume_file.pdf_lines import read_pdf_lines


def _of(records, kind):
    return [r for r in records if isinstance(r, kind)]


def _draw(path: Path, items: list[tuple[float, float, str, float, bool]], discs=()) -> Path:
    """A one-page PDF: (x, y, text, size, bold) per line, and filled discs at (x, y, r)."""
    pdf = canvas.Canvas(str(path), pagesize=A4)
    for x, y, r in discs:
        pdf.circle(x, y, r, stroke=0, fill=1)
    for x, y, text, size, bold in items:
        pdf.setFont("Helvetica-Bold" if bold else "Helvetica", size)
        pdf.drawString(x, y, text)
    pdf.save()
    return path


def _two_columns(path: Path) -> Path:
    """A sidebar (contact, skills, education) beside the experience, each column spaced its
    own way, so their lines seldom share a baseline.
    """
    left = [
        ("Priya Natarajan", 18, True),
        ("priya.n@example.org", 9, False),
        ("+44 20 7946 0321", 9, False),
        ("Skills", 12, True),
        ("Data: SQL, dbt, Airflow", 9, False),
        ("Visualisation: Tableau, Looker", 9, False),
        ("Education", 12, True),
        ("MSc Data Science, University of Edinburgh, 2016 – 2017", 7, False),
    ]
    right = [
        ("Experience", 12, True),
        ("Analytics Lead | Brightwater Energy | London | 03/2020 – present", 10, True),
        ("- Built a forecasting model that cut imbalance charges by 12%", 9.5, False),
        ("- Hired and coached a team of four analysts", 9.5, False),
        ("Data Analyst | Meridian Retail | London | 09/2017 – 02/2020", 10, True),
        ("- Designed the weekly trading dashboard used by 200 store managers", 9.5, False),
        ("- Moved the team's reports from spreadsheets to one warehouse", 9.5, False),
    ]
    items = []
    y = 790.0
    for text, size, bold in left:
        items.append((40, y, text, size, bold))
        y -= size + 14
    y = 783.0
    for text, size, bold in right:
        indent = 0 if bold else 12
        items.append((230 + indent, y, text, size, bold))
        y -= size + 8.3
    return _draw(path, items)


def test_two_columns_that_keep_their_own_baselines_are_read_one_after_the_other(tmp_path):
    path = _two_columns(tmp_path / "two-columns.pdf")
    warnings: list[str] = []
    texts = [line.text for line in read_pdf_lines(path, warnings)]
    # the whole sidebar first, then the whole main column: no line mixes the two
    assert texts.index("Visualisation: Tableau, Looker") < texts.index("Experience")
    assert texts[-1] == "Moved the team's reports from spreadsheets to one warehouse"
    assert not any("\t" in text for text in texts)
    assert any("two columns" in w for w in warnings)

    records, _, _ = read_resume_file(path)
    roles = _of(records, Role)
    assert [(r.title, r.employer, r.start) for r in roles] == [
        ("Analytics Lead", "Brightwater Energy", PartialDate(2020, 3)),
        ("Data Analyst", "Meridian Retail", PartialDate(2017, 9)),
    ]
    assert len(_of(records, Accomplishment)) == 4
    assert {s.name for s in _of(records, Skill)} == {"SQL", "dbt", "Airflow", "Tableau", "Looker"}
    assert [e.institution for e in _of(records, Education)] == ["University of Edinburgh"]


def test_dates_set_in_a_margin_beside_their_entries_are_read_row_by_row(tmp_path):
    # A LaTeX CV class's layout: each period on the baseline of its entry's first line. Many
    # lines start at one x right of a quarter of the page, but this is one column of rows.
    items = [(40, 800, "Alex Berg", 18, True), (40, 770, "Experience", 12, True)]
    y = 750.0
    for period, title, bullet in [
        ("2021 – now", "Platform Lead, Norrsken AB", "Cut release time from 2 days to 1 hour"),
        ("2018 – 2021", "DevOps Engineer, Fjord Ltd", "Moved 40 services to containers"),
        ("2015 – 2018", "Systems Administrator, Ekberg AB", "Automated the patch cycle"),
        ("2013 – 2015", "IT Technician, Lindqvist AB", "Ran the help desk for 300 staff"),
    ]:
        items += [(40, y, period, 10, False), (160, y, title, 10, True)]
        items.append((160, y - 14, f"- {bullet}", 10, False))
        y -= 40
    path = _draw(tmp_path / "margin-dates.pdf", items)
    warnings: list[str] = []
    texts = [line.text for line in read_pdf_lines(path, warnings)]
    assert "2021 – now\tPlatform Lead, Norrsken AB" in texts
    assert not any("two columns" in w for w in warnings)
    records, _, _ = read_resume_file(path)
    assert [(r.employer, r.start) for r in _of(records, Role)] == [
        ("Norrsken AB", PartialDate(2021)),
        ("Fjord Ltd", PartialDate(2018)),
        ("Ekberg AB", PartialDate(2015)),
        ("Lindqvist AB", PartialDate(2013)),
    ]


def test_bullets_drawn_as_discs_are_items_and_a_wrapped_one_is_joined(tmp_path):
    # A browser prints a list's discs as filled paths, not as "•" characters; its items have
    # no extra space between them, so only the disc tells one item from a wrapped line.
    size, step = 10, 12.5
    items = [
        (50, 800, "Jordan Reyes", 20, True),
        (50, 770, "Experience", 13, True),
        (50, 750, "Senior Software Engineer, Cascade Logistics Inc. — Jan 2021 – Present", 10, 1),
    ]
    discs = []
    y = 735.0
    lines = [
        ("Cut order-routing latency by 45% by replacing a polling loop with event", True),
        ("streams", False),
        ("Led the migration of 30 services to Kubernetes with no customer-facing downtime", True),
        ("Built the billing API used by 1,200 business customers", True),
    ]
    for text, starts_item in lines:
        items.append((68, y, text, size, False))
        if starts_item:
            discs.append((60, y + size * 0.3, 1.8))
        y -= step
    path = _draw(tmp_path / "discs.pdf", items, discs)
    records, _, _ = read_resume_file(path)
    assert [a.headline for a in _of(records, Accomplishment)] == [
        "Cut order-routing latency by 45% by replacing a polling loop with event streams",
        "Led the migration of 30 services to Kubernetes with no customer-facing downtime",
        "Built the billing API used by 1,200 business customers",
    ]


def test_an_entry_heading_wrapped_at_a_separator_or_inside_its_period_is_one_entry(tmp_path):
    items = [
        (50, 800, "Sam Lee", 20, True),
        (50, 770, "Experience", 13, True),
        (50, 750, "Analytics Lead | Brightwater Energy |", 11, True),
        (50, 736, "London | 03/2020 – present", 11, True),
        (50, 720, "- Built a forecasting model that cut imbalance charges by 12%", 10, False),
        (50, 700, "Data Analyst | Meridian Retail | London | 09/2017 –", 11, True),
        (50, 686, "02/2020", 11, True),
        (50, 670, "- Designed the weekly trading dashboard", 10, False),
    ]
    path = _draw(tmp_path / "wrapped-headings.pdf", items)
    records, _, _ = read_resume_file(path)
    assert [(r.title, r.employer, r.location, r.start, r.end) for r in _of(records, Role)] == [
        ("Analytics Lead", "Brightwater Energy", "London", PartialDate(2020, 3), PRESENT),
        ("Data Analyst", "Meridian Retail", "London", PartialDate(2017, 9), PartialDate(2020, 2)),
    ]
    assert len(_of(records, Accomplishment)) == 2


def test_a_sidebar_on_the_main_columns_baselines_is_still_a_column_of_its_own(tmp_path):
    # A table-built layout: the sidebar in the same font and leading as the main column, so
    # every sidebar line shares a baseline with a line beside it. They are no labels (they
    # start at one x and are no periods): the sidebar is read whole, then the main column.
    left = ["Priya Natarajan", "priya@example.org", "SKILLS", "SQL, dbt, Airflow", "EDUCATION"]
    left += ["MSc Data Science", "University of Edinburgh"]
    right = ["EXPERIENCE", "Analytics Lead, Brightwater Energy", "- Built a forecasting model"]
    right += ["- Hired and coached a team of four", "Data Analyst, Meridian Retail"]
    right += ["- Designed the weekly trading dashboard", "- Wrote the team's SQL style guide"]
    items = [(40, 790 - 14 * i, text, 10, False) for i, text in enumerate(left)]
    items += [(230, 790 - 14 * i, text, 10, False) for i, text in enumerate(right)]
    warnings: list[str] = []
    texts = [line.text for line in read_pdf_lines(_draw(tmp_path / "t.pdf", items), warnings)]
    assert not any("\t" in text for text in texts)
    assert texts.index("University of Edinburgh") < texts.index("EXPERIENCE")
    assert any("two columns" in w for w in warnings)


def test_right_aligned_periods_in_one_column_stay_on_their_entries_lines(tmp_path):
    # The periods all have one width, so they start at one x right of the page's middle;
    # still the page has one column and each period belongs to its heading's line.
    pdf = canvas.Canvas(str(tmp_path / "dates.pdf"), pagesize=A4)
    y = 800
    roles = [
        ("Platform Lead, Norrsken AB", "2021 – 2024"),
        ("DevOps Engineer, Fjord Ltd", "2018 – 2021"),
        ("Systems Administrator, Ekberg AB", "2015 – 2018"),
        ("IT Technician, Lindqvist AB", "2013 – 2015"),
        ("Support Analyst, Berg AB", "2011 – 2013"),
    ]
    pdf.setFont("Helvetica-Bold", 12)
    pdf.drawString(72, y, "Experience")
    y -= 20
    for title, period in roles:
        pdf.setFont("Helvetica-Bold", 10)
        pdf.drawString(72, y, title)
        pdf.setFont("Helvetica", 10)
        pdf.drawRightString(523, y, period)
        y -= 14
        for bullet in ("- Cut release time to one hour", "- Ran the help desk for 300 staff"):
            pdf.drawString(80, y, bullet)
            y -= 13
    pdf.save()
    path = tmp_path / "dates.pdf"
    warnings: list[str] = []
    texts = [line.text for line in read_pdf_lines(path, warnings)]
    assert "DevOps Engineer, Fjord Ltd\t2018 – 2021" in texts
    assert warnings == []
    records, _, _ = read_resume_file(path)
    assert [(r.title, r.employer, r.start) for r in _of(records, Role)] == [
        (title.split(", ")[0], title.split(", ")[1], PartialDate(int(period[:4])))
        for title, period in roles
    ]


def test_words_drawn_one_by_one_keep_their_word_spaces(tmp_path):
    # Many producers draw a bold heading word by word; estimated widths fall short for
    # capitals, and the gap must not part "WORK" from "EXPERIENCE" as two items.
    from reportlab.pdfbase.pdfmetrics import stringWidth

    pdf = canvas.Canvas(str(tmp_path / "words.pdf"), pagesize=A4)
    y = 800
    for words, rest in [("WORK EXPERIENCE", ""), ("MANAGEMENT", "Consulting Group")]:
        x = 72
        for word in words.split():
            pdf.setFont("Helvetica-Bold", 11)
            pdf.drawString(x, y, word)
            x += stringWidth(word + " ", "Helvetica-Bold", 11)
        if rest:
            pdf.setFont("Helvetica", 11)
            pdf.drawString(x, y, rest)
        y -= 20
    pdf.save()
    texts = [line.text for line in read_pdf_lines(tmp_path / "words.pdf", [])]
    assert texts == ["WORK EXPERIENCE", "MANAGEMENT Consulting Group"]


def test_a_grid_of_languages_or_skills_ends_where_a_plain_list_starts(tmp_path):
    items = [(72, 800, "Alex Berg", 18, True), (72, 770, "Languages", 12, True)]
    items += [(72, 750, "English", 10, True), (250, 750, "Swedish", 10, True)]
    items += [(72, 736, "Fluent", 10, False), (250, 736, "Native", 10, False)]
    items += [(72, 722, "German (basic), French (basic)", 10, False)]
    items += [(72, 700, "Skills", 12, True), (72, 680, "Analysis", 10, True)]
    items += [(250, 680, "Reporting", 10, True), (72, 666, "SQL, Python", 10, False)]
    items += [(250, 666, "Tableau", 10, False), (72, 652, "Project management, Scrum", 10, False)]
    records, _, _ = read_resume_file(_draw(tmp_path / "grid.pdf", items))
    assert [(r.language, r.fluency) for r in _of(records, Language)] == [
        ("English", "Fluent"),
        ("Swedish", "Native"),
        ("German", "basic"),
        ("French", "basic"),
    ]
    assert [(s.name, s.category) for s in _of(records, Skill)] == [
        ("SQL", "Analysis"),
        ("Python", "Analysis"),
        ("Tableau", "Reporting"),
        ("Project management", ""),
        ("Scrum", ""),
    ]


def _draw_tex_like(path: Path, lines: list[tuple[float, str, float]]) -> Path:
    """A page as TeX sets a label and the text beside it: one TJ array per line, the gap
    between label and text a kern ([(Design) -5533 (SolidWorks, ...)] TJ), word spaces too.
    """
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFont("Helvetica", 10)  # the page's font resource, /F1
    for y, line, size in lines:
        parts = []
        for piece in line.split("\t"):
            words = [w.replace("(", "\\(").replace(")", "\\)") for w in piece.split(" ")]
            parts.append(" -300 ".join(f"({w})" for w in words))
        array = " -5533 ".join(parts)
        pdf._code.append(f"BT /F1 {size} Tf 72 {y} Td [{array}] TJ ET")
    pdf.save()
    return path


def test_a_label_kerned_apart_from_its_text_in_one_tex_line_is_a_margin_label(tmp_path):
    """LaTeX CV classes put a skill group or a language in a margin and its text beside it,
    within one line of kerned text; the heading of a section may stand there too."""
    path = _draw_tex_like(
        tmp_path / "cv.pdf",
        [
            (800, "Ada Okafor", 18),
            (780, "ada.okafor@example.com", 10),
            (760, "14 Harbour Road, Leeds LS1 4AB, United Kingdom", 10),
            (730, "Summary\tMechanical engineer with nine years in rail and energy.", 10),
            (700, "Skills", 12),
            (684, "Design\tSolidWorks, AutoCAD, FEA", 10),
            (670, "Methods\tFMEA, GD&T", 10),
            (640, "Languages", 12),
            (624, "English\tNative", 10),
            (610, "Yoruba\tConversational", 10),
            (60, "December 2, 2026", 10),
            (40, "1", 10),
        ],
    )
    lines = read_pdf_lines(path, [])
    assert "Design\tSolidWorks, AutoCAD, FEA" in [line.text for line in lines]
    records, _, warnings = read_resume_file(path)
    skills = {(s.name, s.category) for s in _of(records, Skill)}
    assert skills == {
        ("SolidWorks", "Design"),
        ("AutoCAD", "Design"),
        ("FEA", "Design"),
        ("FMEA", "Methods"),
        ("GD&T", "Methods"),
    }
    # a language beside its fluency; the printing date and the page number are no languages
    languages = [(lang.language, lang.fluency) for lang in _of(records, Language)]
    assert languages == [("English", "Native"), ("Yoruba", "Conversational")]
    profile = next(r for r in records if type(r).__name__ == "Profile")
    assert profile.summary == "Mechanical engineer with nine years in rail and energy."
    assert (profile.address, profile.postal_code, profile.city) == (
        "14 Harbour Road",
        "LS1 4AB",
        "Leeds",
    )
    assert warnings == []
