"""`export brief`, `export progress` and `update-note` on a career with meetings and actions."""

from __future__ import annotations

import io
import os
import shutil
import subprocess

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
        (["export", "brief", "--meeting", "nope"], "no meeting has the id “nope”"),
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


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    assert main(["demo", "--data-dir", str(folder)]) == 0
    with Repository.open(folder, read_only=True) as repository:
        meetings = sorted(repository.all(Meeting), key=lambda m: str(m.date))
    conversation = next(m for m in meetings if m.kind == "career_conversation")
    interview = next(m for m in meetings if m.kind == "interview")
    return folder, {"career_conversation": conversation.id, "interview": interview.id}


def _docx_pages(files: list, out_dir) -> dict[str, int]:
    """Each DOCX's pages as LibreOffice lays it out with the app's bundled fonts installed."""
    from resume_builder import paths

    fonts = paths.resources_dir() / "fonts"
    config = out_dir / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
        f"<dir>{fonts}</dir><cachedir>{out_dir / 'fc'}</cachedir></fontconfig>",
        encoding="utf-8",
    )
    env = {**os.environ, "FONTCONFIG_FILE": str(config), "HOME": str(out_dir)}
    profile = f"-env:UserInstallation=file://{out_dir / 'lo'}"
    command = [shutil.which("soffice") or "soffice", profile, "--headless", "--convert-to", "pdf"]
    subprocess.run(
        [*command, "--outdir", str(out_dir / "pdf"), *map(str, files)],
        env=env,
        check=True,
        capture_output=True,
        timeout=240,
    )
    converted = out_dir / "pdf"
    return {f.stem: len(pypdf.PdfReader(str(converted / f"{f.stem}.pdf")).pages) for f in files}


def test_the_demo_careers_briefs_are_two_pages_in_pdf_and_docx_in_every_template(demo, tmp_path):
    from resume_builder import paths
    from resume_builder.export.catalog import load_catalog
    from resume_builder.services import briefs

    folder, meetings = demo
    docx_files = []
    for template in sorted(load_catalog(paths.templates_dir()).styles):
        for kind, meeting_id in meetings.items():
            for fmt in ("pdf", "docx"):
                out = tmp_path / f"{template}-{kind}.{fmt}"
                arguments = ["export", "brief", "--meeting", meeting_id[:8], "--format", fmt]
                arguments += ["--template", template, "--out", str(out)]
                assert main([*arguments, "--data-dir", str(folder)]) == 0
                if fmt == "docx":
                    docx_files.append(out)
                    continue
                pages = [p.extract_text() for p in pypdf.PdfReader(str(out)).pages]
                assert 1 <= len(pages) <= 2, out.name
                # Each story on one page: its headline where its last part is.
                records = briefs.conversation_records(Repository.open(folder, read_only=True))
                request = briefs.BriefRequest(meeting_id=meeting_id, records=records)
                style = load_catalog(paths.templates_dir()).require(template)
                document = briefs.build_for_request(request, style)
                section = "talking_points" if kind == "career_conversation" else "stories"
                stories = next(s for s in document.sections if s.key == section).children
                told = 0
                for story in stories:
                    last = story.children[-1].runs[-1].text[:25]
                    # Found by its last part, which only the story tells (the evidence
                    # table names headlines too, whether or not their story was kept).
                    where = [i for i, text in enumerate(pages) if last in text]
                    if where:  # (a story cut to fit the pages is not told)
                        told += 1
                        assert story.title[:25] in pages[where[0]], (out.name, story.title)
                assert told >= briefs.MIN_STORIES
    counted = _docx_pages(docx_files, tmp_path)
    assert counted and all(1 <= pages <= 2 for pages in counted.values()), counted
