"""The brief and the progress pack as documents: in every template, PDF and DOCX, read back."""

from __future__ import annotations

import io

import docx
import pypdf
import pytest

from resume_builder import paths
from resume_builder.export.builders.brief import build_brief, text_lines
from resume_builder.export.builders.progress import build_progress
from resume_builder.export.catalog import load_catalog
from resume_builder.export.document import Bullet, Entry, Section, Table, inline_text
from resume_builder.services import briefs, progress
from resume_builder.services.documents import render
from tests.unit.services.conversation_career import TODAY, conversation_career

TEMPLATES = sorted(load_catalog(paths.templates_dir()).styles)


@pytest.fixture(scope="module")
def records():
    return conversation_career()


def _meeting(records, kind):
    return next(m for m in records.meetings if m.kind == kind)


def _brief(records, kind, style, language="en"):
    content = briefs.brief_content(
        records, meeting=_meeting(records, kind), language=language, today=TODAY
    )
    return build_brief(content, style)


def _section(document, key) -> Section:
    return next(s for s in document.sections if s.key == key)


def _pdf_text(data: bytes) -> tuple[str, int]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages), len(reader.pages)


def _in_order(text: str, parts: list[str]) -> bool:
    folded = text.casefold()
    positions = [folded.index(p.casefold()) for p in parts]
    return positions == sorted(positions)


def test_a_career_conversations_brief_holds_the_planner_and_skips_empty_star_parts(records):
    style = load_catalog(paths.templates_dir()).require("classic")
    document = _brief(records, "career_conversation", style)
    keys = [s.key for s in document.sections]
    assert keys == [
        "meeting",
        "pitch",
        "people",
        "position",
        "talking_points",
        "questions",
        "practical",
        "notes",
    ]
    position = [inline_text(p.runs) for p in _section(document, "position").children]
    assert position[2] == "Level I aim for: Director of IT"
    lines = document.reading_text()
    # "Cut priority-1 incidents" has no task: no "Task:" line between its situation and action.
    start = lines.index("Cut priority-1 incidents from 11 to 3 a month with weekly problem reviews")
    story = lines[start : start + 5]
    assert story[1] == "Head of IT Operations, Halvard · Aug 2026"
    assert [line.split(":")[0] for line in story[2:5]] == ["Situation", "Action", "Result"]
    questions = [inline_text(b.runs) for b in _section(document, "questions").children]
    assert questions == [
        "What does a director need that I do not show yet?",
        "Who else should see my work?",
    ]


def test_an_interviews_brief_has_a_requirements_table_and_gaps(records):
    style = load_catalog(paths.templates_dir()).require("classic")
    document = _brief(records, "interview", style)
    table = _section(document, "requirements").children[0]
    assert isinstance(table, Table)
    assert table.header == ("Requirement", "Evidence")
    itil = next(proof for term, proof in table.rows if term == "ITIL")
    assert itil == "Led the yearly disaster-recovery test"
    unproven = [term for term, proof in table.rows if proof == "— gap"]
    assert all(isinstance(b, Bullet) for b in _section(document, "gaps").children)
    gaps = [inline_text(b.runs) for b in _section(document, "gaps").children]
    assert unproven and set(unproven) <= set(gaps)


def test_swedish_words(records):
    style = load_catalog(paths.templates_dir()).require("classic")
    document = _brief(records, "interview", style, language="sv")
    titles = [s.title for s in document.sections]
    assert titles[:3] == ["Möte", "Pitch", "Personer"]
    assert "Krav och belägg" in titles and "Frågor att ställa" in titles
    assert _section(document, "people").children[0].dates == "Rekryterare"


def test_list_markers_typed_by_the_user_are_not_doubled():
    assert text_lines("- one\n• two\n\n3) three\n  plain  ") == ["one", "two", "three", "plain"]


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("kind", ["career_conversation", "interview"])
def test_the_brief_reads_back_from_pdf_and_docx_within_two_pages(records, template, kind):
    style = load_catalog(paths.templates_dir()).require(template)
    document = _brief(records, kind, style)
    data, pages, _ = render(document, style, "pdf", "A4")
    text, counted = _pdf_text(data)
    assert pages == counted and 1 <= pages <= 2
    meeting = _meeting(records, kind)
    person = "Anna Berg" if kind == "career_conversation" else "Sara Lind"
    stories = "Talking points" if kind == "career_conversation" else "Stories to tell"
    assert _in_order(text, [meeting.title, "Pitch", person, stories, "Questions to ask", "Notes"])
    data, _, _ = render(document, style, "docx", "A4")
    word = docx.Document(io.BytesIO(data))
    paragraphs = [p.text for p in word.paragraphs if p.text.strip()]
    assert paragraphs[0] == "Dana Lindqvist"
    assert _in_order("\n".join(paragraphs), [meeting.title, person, stories, "Notes"])
    cells = [c.text for t in word.tables for row in t.rows for c in row.cells]
    assert any(c.startswith("What I heard") for c in cells)
    if kind == "interview":
        assert "Requirement" in cells and "ITIL" in cells


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("by", ["action", "skill", "role"])
def test_the_progress_pack_reads_back_in_order(records, template, by):
    style = load_catalog(paths.templates_dir()).require(template)
    period = progress.period_between("2026-04-01", "2026-11-20")
    content = progress.progress_content(records, period, by=by, style=style, today=TODAY)
    document = build_progress(content, style)
    data, pages, _ = render(document, style, "pdf", "A4")
    text, _ = _pdf_text(data)
    assert pages == 1
    heading = {"action": "Agreed actions", "skill": "Results by skill", "role": "Results by role"}
    first = {
        "action": "Lead the vendor consolidation",
        "skill": "Coaching",
        "role": "Head of IT Operations",
    }[by]
    assert _in_order(text, ["Progress report", "1 April 2026", heading[by], first])
    if by == "action":
        assert _in_order(text, ["Lead the vendor", "Renegotiated", "Present the operations"])
        assert _in_order(text, ["Coach two team leads", "Coached", "Other results", "Cut"])
        assert "Overdue" in text and "No proof in this period yet." in text
    data, _, _ = render(document, style, "docx", "A4")
    paragraphs = [p.text for p in docx.Document(io.BytesIO(data)).paragraphs if p.text.strip()]
    assert _in_order("\n".join(paragraphs), [heading[by], first])
    text = render(document, style, "txt", "A4")[0].decode("utf-8")
    assert _in_order(text, [heading[by].upper(), first])


def test_a_brief_for_a_target_alone_is_headed_by_the_target(records):
    style = load_catalog(paths.templates_dir()).require("classic")
    content = briefs.brief_content(records, target=records.targets[0], today=TODAY)
    document = build_brief(content, style)
    first = document.sections[0]
    assert first.title == "Target"
    entry = first.children[0]
    assert (entry.title, entry.organisation) == ("Head of IT Operations", "Kvarnby")
    assert [s.key for s in document.sections][1:4] == ["pitch", "people", "stories"]
    assert "questions" not in [s.key for s in document.sections]


def _label_heights(data: bytes, labels: list[str]) -> dict[str, tuple[int, float]]:
    """Where each label starts in the PDF: (page index, distance from the page's top)."""
    found: dict[str, tuple[int, float]] = {}
    for number, page in enumerate(pypdf.PdfReader(io.BytesIO(data)).pages):
        top = float(page.mediabox.top)

        def visit(text, cm, tm, _font, _size, number=number, top=top):
            for label in labels:
                if label not in found and text.strip().startswith(label):
                    found[label] = (number, top - (cm[5] + tm[5] * cm[3]))

        page.extract_text(visitor_text=visit)
    return found


@pytest.mark.parametrize("template", TEMPLATES)
def test_the_notes_rows_share_the_rest_of_the_last_page(records, template):
    style = load_catalog(paths.templates_dir()).require(template)
    document = _brief(records, "career_conversation", style)
    data, pages, _ = render(document, style, "pdf", "A4")
    rows = ["What I heard", "Asked of me", "Next steps"]
    where = _label_heights(data, rows)
    assert {where[label][0] for label in rows} == {pages - 1}
    heard, asked, nexts = (where[label][1] for label in rows)
    row = asked - heard
    # Rows of equal height, each taller than the four lines a row has at least (the page's
    # rest is shared out, so how much taller depends on what the brief holds above), and the
    # last one reaching down to the foot of the page.
    assert row > style.body_size * style.line_spacing * 4.5
    assert abs((nexts - asked) - row) < 2
    assert nexts + row > 842 - 40 * 2.83 - 10
    word = docx.Document(io.BytesIO(render(document, style, "docx", "A4")[0]))
    notes = word.tables[-1]
    heights = [row.height.pt for row in notes.rows[1:]]
    assert [c.text for c in notes.rows[1].cells] == ["What I heard", ""]
    assert min(heights) >= style.body_size * style.line_spacing * 4 - 0.1


def test_each_story_is_an_entry_whose_parts_are_chained_together(records):
    style = load_catalog(paths.templates_dir()).require("compact")
    document = _brief(records, "interview", style)
    stories = _section(document, "stories").children
    assert stories and all(isinstance(story, Entry) for story in stories)
    for story in stories:
        parts = story.children
        if not parts:
            continue
        assert [p.keep_with_next for p in parts] == [True] * (len(parts) - 1) + [False]
    # In the compact template too, a story starts a little apart from the one before it.
    data, _, _ = render(document, style, "pdf", "A4")
    first, second = (stories[0].title[:30], stories[1].title[:30])
    result = stories[0].children[-1].runs[-1].text[:30]
    where = _label_heights(data, [first, second, result])
    gap = where[second][1] - where[result][1]
    assert gap > style.small_size * style.line_spacing + style.entry_space_before - 1


def test_an_action_gives_its_due_date_on_its_status_line_and_an_overdue_one_in_bold(records):
    style = load_catalog(paths.templates_dir()).require("classic")
    period = progress.period_between("2026-04-01", "2026-11-20")
    content = progress.progress_content(records, period, by="action", style=style, today=TODAY)
    document = build_progress(content, style)
    entries = _section(document, "actions").children
    assert all(isinstance(e, Entry) and not e.dates for e in entries)
    data, _, _ = render(document, style, "docx", "A4")
    paragraphs = docx.Document(io.BytesIO(data)).paragraphs
    texts = [p.text for p in paragraphs]
    coach = texts.index("Coach two team leads")
    assert texts[coach + 1] == "Open, due 15 December 2026"
    overdue = next(p for p in paragraphs if p.text.startswith("Overdue since"))
    assert overdue.text == "Overdue since 10 November 2026"
    assert all(run.bold for run in overdue.runs)
    text, _ = _pdf_text(render(document, style, "pdf", "A4")[0])
    assert "Open, due 15 December 2026" in text and "Overdue since 10 November 2026" in text
