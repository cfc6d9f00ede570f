"""The DOCX/PDF résumé importer: cutting by layout cues, Swedish and English, and bad input."""

from __future__ import annotations

import time
import tracemalloc
import zipfile
from pathlib import Path

import docx
import pytest

from resume_builder.domain.dates import PRESENT, PartialDate
from resume_builder.domain.models import (
    Accomplishment,
    Certification,
    Education,
    Language,
    Profile,
    Role,
    Skill,
)
from resume_builder.services.importing.files import guess_kind, read_import
from resume_builder.services.importing.plan import ImportFileError
from resume_builder.services.importing.resume_file import read_resume_file


def _of(records, kind):
    return [r for r in records if isinstance(r, kind)]


def _swedish_docx(path: Path) -> Path:
    """A résumé written the way Word users do: bold employer lines, bullets from a list style,
    dates on their own line, Swedish headings and dates.
    """
    document = docx.Document()
    document.add_paragraph("Karin Holm", style="Title")
    document.add_paragraph("karin.holm@example.se | +46 70 123 45 67 | linkedin.com/in/karinholm")
    document.add_heading("Profil", level=1)
    document.add_paragraph("Driven utvecklare med tio års erfarenhet av betalsystem.")
    document.add_heading("Arbetslivserfarenhet", level=1)
    run = document.add_paragraph().add_run("Systemutvecklare – Betalo AB, Göteborg")
    run.bold = True
    document.add_paragraph("maj 2019 – nu")
    document.add_paragraph(
        "Byggde om betalflödet så att 40 % färre köp avbröts", style="List Bullet"
    )
    document.add_paragraph("Införde kodgranskning i hela teamet", style="List Bullet")
    run = document.add_paragraph().add_run("Backend Developer | Kodfabriken AB")
    run.bold = True
    document.add_paragraph("03/2016 - 04/2019")
    document.add_paragraph(
        "Skrev en API-gateway för 2 miljoner anrop om dagen", style="List Bullet"
    )
    document.add_heading("Utbildning", level=1)
    document.add_paragraph("Civilingenjör i datateknik, Chalmers tekniska högskola, 2011–2016")
    document.add_heading("Kompetenser", level=1)
    document.add_paragraph("Språk: Python, Go, Kotlin")
    document.add_paragraph("Verktyg: Docker, Kubernetes")
    document.add_heading("Certifieringar", level=1)
    document.add_paragraph(
        "AWS Certified Developer — Amazon Web Services, 2021", style="List Bullet"
    )
    document.add_heading("Språk", level=1)
    document.add_paragraph("Svenska (modersmål), Engelska (flytande)")
    document.add_heading("Intressen", level=1)
    document.add_paragraph("Långfärdsskridsko och körsång")
    document.save(path)
    return path


def test_a_swedish_word_resume_becomes_roles_bullets_school_and_grouped_skills(tmp_path):
    records, sources, warnings = read_resume_file(_swedish_docx(tmp_path / "cv.docx"))
    roles = _of(records, Role)
    assert [(r.title, r.employer, r.location) for r in roles] == [
        ("Systemutvecklare", "Betalo AB", "Göteborg"),
        ("Backend Developer", "Kodfabriken AB", ""),
    ]
    assert roles[0].start == PartialDate(2019, 5) and roles[0].end is PRESENT
    assert roles[1].start == PartialDate(2016, 3) and roles[1].end == PartialDate(2019, 4)
    bullets = _of(records, Accomplishment)
    assert [b.role_id for b in bullets] == [roles[0].id, roles[0].id, roles[1].id]
    assert bullets[0].headline == "Byggde om betalflödet så att 40 % färre köp avbröts"
    (school,) = _of(records, Education)
    assert school.institution == "Chalmers tekniska högskola"
    assert (school.study_type, school.area) == ("Civilingenjör", "datateknik")
    assert (school.start, school.end) == (PartialDate(2011), PartialDate(2016))
    skills = {(s.category, s.name) for s in _of(records, Skill)}
    assert skills == {
        ("Språk", "Python"),
        ("Språk", "Go"),
        ("Språk", "Kotlin"),
        ("Verktyg", "Docker"),
        ("Verktyg", "Kubernetes"),
    }
    (certificate,) = _of(records, Certification)
    assert (certificate.name, certificate.issuer, certificate.date) == (
        "AWS Certified Developer",
        "Amazon Web Services",
        PartialDate(2021),
    )
    assert [(x.language, x.fluency) for x in _of(records, Language)] == [
        ("Svenska", "modersmål"),
        ("Engelska", "flytande"),
    ]
    (profile,) = _of(records, Profile)
    assert profile.name == "Karin Holm"
    assert profile.email == "karin.holm@example.se"
    assert profile.phone == "+46 70 123 45 67"
    assert [link.network for link in profile.links] == ["LinkedIn"]
    assert profile.summary.startswith("Driven utvecklare")
    # the interests section is not read: its line is named, not dropped
    assert any(w.startswith("page 1, line ") and "Långfärdsskridsko" in w for w in warnings)
    assert sources[roles[0].id].startswith("page 1, line ")


def test_a_table_layout_is_read_with_a_warning_that_the_order_may_be_mixed(tmp_path):
    document = docx.Document()
    document.add_paragraph("Alex Berg", style="Title")
    table = document.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    left.paragraphs[0].text = "Skills"
    left.add_paragraph("Python, SQL")
    right.paragraphs[0].text = "Experience"
    right.add_paragraph("Data Engineer, Lagerhus AB, 2020 – present")
    right.add_paragraph("Cut nightly load time from 6 to 2 hours", style="List Bullet")
    path = tmp_path / "table.docx"
    document.save(path)
    records, _, warnings = read_resume_file(path)
    assert any("order of its parts may be mixed" in w for w in warnings)
    (role,) = _of(records, Role)
    assert (role.title, role.employer, role.start) == (
        "Data Engineer",
        "Lagerhus AB",
        PartialDate(2020),
    )
    assert {s.name for s in _of(records, Skill)} == {"Python", "SQL"}


def test_a_name_set_large_after_a_sidebar_read_first_is_the_name_not_a_language(tmp_path):
    # A Word template with the contact, skills and languages in a table's left cell and the
    # name, typed in 24 pt (no Title style), at the top of the right cell.
    from docx.shared import Pt

    document = docx.Document()
    left, right = document.add_table(rows=1, cols=2).rows[0].cells
    left.paragraphs[0].add_run("KONTAKT").bold = True
    left.add_paragraph("lisa.holm@example.se")
    left.add_paragraph("Uppsala")
    left.add_paragraph().add_run("SPRÅK").bold = True
    left.add_paragraph("Svenska – modersmål")
    name = right.paragraphs[0].add_run("Lisa Holm")
    name.bold, name.font.size = True, Pt(24)
    right.add_paragraph("Projektledare inom bygg")
    right.add_paragraph().add_run("ARBETSLIVSERFARENHET").bold = True
    right.add_paragraph().add_run("Projektledare, Skanska, Uppsala").bold = True
    right.add_paragraph("Sep 2019 – nu")
    right.add_paragraph("Ledde ombyggnaden av 120 lägenheter", style="List Bullet")
    path = tmp_path / "sidebar.docx"
    document.save(path)
    records, _, _ = read_resume_file(path)
    (profile,) = _of(records, Profile)
    assert (profile.name, profile.headline, profile.email, profile.location) == (
        "Lisa Holm",
        "Projektledare inom bygg",
        "lisa.holm@example.se",
        "Uppsala",
    )
    assert [language.language for language in _of(records, Language)] == ["Svenska"]
    (role,) = _of(records, Role)
    assert (role.title, role.employer, role.start) == (
        "Projektledare",
        "Skanska",
        PartialDate(2019, 9),
    )


def _pdf_from_lines(path: Path, lines: list[tuple[str, float, bool]]) -> Path:
    """A PDF written by hand (no tool of ours): each line in Helvetica or Helvetica-Bold."""
    ops = []
    y = 800
    for text, size, bold in lines:
        escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append(f"BT /{'F2' if bold else 'F1'} {size} Tf 50 {y} Td ({escaped}) Tj ET")
        y -= size + 6
    stream = "\n".join(ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
    ]
    path.write_bytes(_pdf_file(objects))
    return path


def _pdf_file(objects: list[bytes], root: int = 1) -> bytes:
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        root,
        xref,
    )
    return bytes(out)


def test_a_pdf_is_cut_by_its_fonts_dates_and_bullets(tmp_path):
    path = _pdf_from_lines(
        tmp_path / "cv.pdf",
        [
            ("Sam Lee", 20, True),
            ("sam@example.com  +1 415 555 0100", 10, False),
            ("EXPERIENCE", 13, True),
            ("Site Reliability Engineer, Orbit Inc. - Sep 2021 - present", 10, True),
            ("- Cut paging volume by 60% with alert reviews", 10, False),
            ("Operations Analyst | Nimbus Ltd | 2019-2021", 10, True),
            ("- Automated the weekly capacity report", 10, False),
            ("EDUCATION", 13, True),
            ("BSc Computer Science, University of Leeds, 2019", 10, False),
            ("SKILLS", 13, True),
            ("Go, Terraform, Prometheus", 10, False),
        ],
    )
    records, _, warnings = read_resume_file(path)
    roles = _of(records, Role)
    assert [(r.title, r.employer, r.start, r.end) for r in roles] == [
        ("Site Reliability Engineer", "Orbit Inc.", PartialDate(2021, 9), PRESENT),
        ("Operations Analyst", "Nimbus Ltd", PartialDate(2019), PartialDate(2021)),
    ]
    assert [a.headline for a in _of(records, Accomplishment)] == [
        "Cut paging volume by 60% with alert reviews",
        "Automated the weekly capacity report",
    ]
    (school,) = _of(records, Education)
    assert (school.institution, school.study_type, school.end) == (
        "University of Leeds",
        "BSc Computer Science",
        PartialDate(2019),
    )
    assert {s.name for s in _of(records, Skill)} == {"Go", "Terraform", "Prometheus"}
    (profile,) = _of(records, Profile)
    assert (profile.name, profile.email) == ("Sam Lee", "sam@example.com")
    assert warnings == []


def test_a_docx_or_pdf_is_imported_as_a_resume(tmp_path):
    assert guess_kind(Path("cv.docx")) == guess_kind(Path("CV.PDF")) == "resume"
    parsed = read_import("resume", _swedish_docx(tmp_path / "cv.docx"))
    assert parsed.source_name == "cv.docx" and parsed.records


# --- bad input: one sentence each, quickly, in little memory --------------------------------


def _refused(path: Path) -> str:
    tracemalloc.start()
    began = time.monotonic()
    try:
        with pytest.raises(ImportFileError) as caught:
            read_resume_file(path)
    finally:
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert time.monotonic() - began < 10
    assert peak < 300 * 1024 * 1024
    message = str(caught.value)
    assert "\n" not in message and message.endswith((".", ")"))
    return message


def test_an_empty_file_is_refused(tmp_path):
    path = tmp_path / "cv.pdf"
    path.write_bytes(b"")
    assert "is empty" in _refused(path)


def test_a_docx_that_is_a_zip_bomb_is_refused_from_its_directory(tmp_path):
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            chunk = b"\0" * (1024 * 1024)
            for _ in range(60):  # 60 MB that deflate to about 60 KB
                member.write(chunk)
    assert path.stat().st_size < 1024 * 1024
    assert "would unpack to 60 MB" in _refused(path)


def test_a_pdf_with_thousands_of_pages_is_refused(tmp_path):
    import pypdf

    writer = pypdf.PdfWriter()
    for _ in range(5000):
        writer.add_blank_page(595, 842)
    path = tmp_path / "long.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    assert "has 5000 pages" in _refused(path)


def test_a_pdf_whose_page_tree_loops_is_refused(tmp_path):
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>",  # the tree loops
    ]
    path = tmp_path / "loop.pdf"
    path.write_bytes(_pdf_file(objects))
    _refused(path)


def test_a_scanned_pdf_and_an_encrypted_pdf_each_get_one_sentence(tmp_path):
    import pypdf

    writer = pypdf.PdfWriter()
    writer.add_blank_page(595, 842)
    scanned = tmp_path / "scan.pdf"
    with scanned.open("wb") as handle:
        writer.write(handle)
    assert "looks like a scanned image" in _refused(scanned)
    writer.encrypt("secret", algorithm="RC4-128")
    locked = tmp_path / "locked.pdf"
    with locked.open("wb") as handle:
        writer.write(handle)
    assert "encrypted with a password" in _refused(locked)


def test_a_file_that_is_neither_is_refused(tmp_path):
    path = tmp_path / "cv.docx"
    path.write_text("just text", encoding="utf-8")
    assert "neither a Word document" in _refused(path)
    fake = tmp_path / "fake.docx"
    with zipfile.ZipFile(fake, "w") as archive:
        archive.writestr("hello.txt", "hi")
    assert "is not a Word document" in _refused(fake)
