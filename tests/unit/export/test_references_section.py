"""The References section of résumés and the CMD: the people marked as references."""

from __future__ import annotations

from datetime import date

from resume_builder.domain.models import Interest, Language, Person, Profile
from resume_builder.domain.options import ResumeOptions
from resume_builder.domain.snapshot import CareerSnapshot
from resume_builder.export.builders import build_career_document, build_resume
from resume_builder.export.render_text import render_plain_text
from resume_builder.export.style import Style

PEOPLE = (
    Person(name="Karin Berg", relationship="manager", notes="my manager, not a reference"),
    Person(
        name="Henrik Sandberg",
        is_reference=True,
        reference_quote="Dana took our platform from fragile to boring.",
        reference_for="The Kubernetes migration",
        email="henrik@lumora.example",
    ),
    Person(name="Maria Ekström", is_reference=True, reference_for="Site reliability leadership"),
    Person(name="Per Holm", is_reference=True),
    Person(name="", is_reference=True, reference_quote="  "),  # nothing to show
    Person(name="", is_reference=True, reference_quote="Unnamed, but glowing."),
)


def snapshot() -> CareerSnapshot:
    return CareerSnapshot(
        profile=Profile(name="Dana Lindqvist"),
        languages=(Language(language="Swedish", fluency="Native"),),
        interests=(Interest(name="Sailing"),),
        people=PEOPLE,
    )


def references_of(document) -> list[str]:
    (section,) = [s for s in document.sections if s.key == "references"]
    return [render_plain_text_of(block) for block in section.children]


def render_plain_text_of(block) -> str:
    return "".join(run.text for run in block.runs)


def test_the_references_are_the_people_marked_as_references_in_their_order():
    document = build_resume(snapshot(), Style(), ResumeOptions(today=date(2026, 3, 1))).document
    assert references_of(document) == [
        "Henrik Sandberg: Dana took our platform from fragile to boring.",
        "Maria Ekström: Site reliability leadership",
        "Per Holm",
        "Unnamed, but glowing.",
    ]
    (henrik,) = [b for b in document.sections if b.key == "references"][0].children[:1]
    assert henrik.runs[0].text == "Henrik Sandberg" and henrik.runs[0].bold


def test_the_section_sits_where_it_always_did_between_languages_and_interests():
    for document in (
        build_resume(snapshot(), Style(), ResumeOptions(today=date(2026, 3, 1))).document,
        build_career_document(snapshot(), Style()),
    ):
        keys = [s.key for s in document.sections]
        assert keys.index("languages") + 1 == keys.index("references")
        assert keys.index("references") + 1 == keys.index("interests")
        text = render_plain_text(document)
        assert text.index("Swedish") < text.index("Henrik Sandberg") < text.index("Sailing")
        assert "Karin" not in text and "henrik@lumora.example" not in text


def test_no_reference_no_section():
    people = (Person(name="Karin Berg", relationship="manager"),)
    only_people = CareerSnapshot(profile=Profile(name="Dana"), people=people)
    document = build_career_document(only_people, Style())
    assert "references" not in [s.key for s in document.sections]


def test_the_demo_cmd_reads_back_its_references_in_pdf_and_docx():
    import io

    from docx import Document as read_docx
    from pypdf import PdfReader

    from resume_builder.export.render_docx import render_docx
    from resume_builder.export.render_pdf import render_pdf
    from resume_builder.services.demo import demo_records

    demo = CareerSnapshot.from_records(demo_records(date(2026, 11, 23)))
    names = [p.name for p in demo.references]
    assert names == ["Henrik Sandberg", "Maria Ekström"]
    document = build_career_document(demo, Style())
    pdf, docx = io.BytesIO(), io.BytesIO()
    render_pdf(document, Style(), pdf)
    render_docx(document, Style(), docx)
    pdf_text = " ".join(p.extract_text() for p in PdfReader(pdf).pages)
    docx_text = "\n".join(p.text for p in read_docx(docx).paragraphs)
    for text in (pdf_text, docx_text):
        start = text.upper().rindex("REFERENCES")  # the heading (in capitals, as styled)
        assert text.upper().rindex("LANGUAGES") < start < text.upper().rindex("INTERESTS")
        assert start < text.index("Henrik Sandberg", start) < text.index("Maria Ekström", start)
        manager = next(p.name for p in demo.people if p.relationship == "manager")
        assert manager not in text[start:]
        assert "Dana took our platform" in " ".join(text[start:].split())
