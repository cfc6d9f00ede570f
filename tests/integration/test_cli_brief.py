"""`export brief`, `export progress` and `update-note` on a career with meetings and actions."""

from __future__ import annotations

import io

import docx
import pypdf
import pytest

from resume_builder.cli.main import main
from resume_builder.domain.models import Meeting
from resume_builder.storage.repository import Repository
from tests.unit.services.conversation_career import write_career


@pytest.fixture(scope="module")
def career(tmp_path_factory):
    return write_career(tmp_path_factory.mktemp("career"))


def _meeting_id(folder, kind):
    with Repository.open(folder, read_only=True) as repository:
        return next(m.id for m in repository.all(Meeting) if m.kind == kind)


def test_the_brief_of_a_meeting_as_pdf_and_of_a_target_as_docx(career, tmp_path, capsys):
    out = tmp_path / "brief.pdf"
    interview = _meeting_id(career, "interview")
    common = ["--data-dir", str(career)]
    assert main(["export", "brief", "--meeting", interview[:8], "--out", str(out), *common]) == 0
    assert capsys.readouterr().out == f"Wrote {out} (2 pages).\n"
    reader = pypdf.PdfReader(io.BytesIO(out.read_bytes()))
    assert len(reader.pages) <= 2
    text = "\n".join(page.extract_text() for page in reader.pages).casefold()
    assert text.index("interview at kvarnby") < text.index("sara lind") < text.index("itil")
    word_file = tmp_path / "target.docx"
    arguments = ["export", "brief", "--target", "Kvarnby Head of IT", "--format", "docx"]
    assert main([*arguments, "--out", str(word_file), "--lang", "sv", *common]) == 0
    paragraphs = [p.text for p in docx.Document(str(word_file)).paragraphs]
    assert "Krav och belägg" in paragraphs or "KRAV OCH BELÄGG" in paragraphs


def test_the_progress_pack_as_text_grouped_by_skill(career, tmp_path, capsys):
    out = tmp_path / "progress.txt"
    arguments = ["export", "progress", "--from", "2026-04", "--to", "2026-11-20", "--by", "skill"]
    assert main([*arguments, "--format", "txt", "--out", str(out), "--data-dir", str(career)]) == 0
    assert capsys.readouterr().out == f"Wrote {out}.\n"
    text = out.read_text(encoding="utf-8")
    assert "1 April 2026 – 20 November 2026 · 4 accomplishments" in text
    assert text.index("RESULTS BY SKILL") < text.index("Coaching") < text.index("OTHER RESULTS")


def test_the_update_note_is_printed(career, capsys):
    assert main(["update-note", "--since", "2026-04-01", "--data-dir", str(career)]) == 0
    note = capsys.readouterr().out
    assert note.startswith("Hi Anna,\n\nHere is a short update on my progress since 1 April 2026:")
    assert "- Done: Lead the vendor consolidation" in note
    assert note.rstrip().endswith("Best regards,\nDana Lindqvist")


@pytest.mark.parametrize(
    ("arguments", "sentence"),
    [
        (["update-note", "--since", "2026-02-30"], "--since: “2026-02-30” is not a date"),
        (["export", "brief", "--meeting", "nope"], "there is no meeting “nope”"),
        (["export", "brief"], "give either --meeting ID or --target NAME"),
        (["export", "brief", "--target", "Nowhere"], "there is no target “Nowhere”"),
        (["export", "brief", "--target", "Kvarnby", "--format", "md"], "pdf or docx, not md"),
        (["export", "progress", "--from", "2026-05", "--to", "2026-01"], "before it starts"),
        (["export", "progress", "--to", "2026-01"], "--to needs --from"),
        (["export", "resume", "--by", "skill"], "go with `export brief` or `export progress`"),
    ],
)
def test_bad_input_gets_one_sentence_and_writes_nothing(
    career, tmp_path, capsys, arguments, sentence
):
    out = tmp_path / "never.pdf"
    extra = ["--out", str(out)] if arguments[0] == "export" else []
    assert main([*arguments, *extra, "--data-dir", str(career)]) == 1
    error = capsys.readouterr().err
    assert sentence in error and "Traceback" not in error
    assert not out.exists()


def test_a_one_page_progress_pack_by_default_name_and_period(career, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["export", "progress", "--data-dir", str(career)]) == 0
    assert capsys.readouterr().out == "Wrote Dana Lindqvist - Progress.pdf (1 page).\n"
    reader = pypdf.PdfReader(str(tmp_path / "Dana Lindqvist - Progress.pdf"))
    assert "Agreed actions".casefold() in reader.pages[0].extract_text().casefold()
