"""`resume-builder photo` keeps the profile photo; `export resume --photo` shows it, and a
target remembers the choice as it remembers the rest of the look.
"""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from resume_builder.cli.main import main
from resume_builder.domain.models import Photo, Target
from resume_builder.storage.repository import Repository
from tests.photos import write_portrait


@pytest.fixture(scope="module")
def career(tmp_path_factory):
    folder = tmp_path_factory.mktemp("career")
    assert main(["demo", "--data-dir", str(folder)]) == 0
    with Repository.open(folder) as repository:
        repository.put(Target(name="Berlin", company="Nordlicht GmbH"))
    return folder


def _images_on_page_one(path) -> int:
    page = PdfReader(io.BytesIO(path.read_bytes())).pages[0]
    objects = page["/Resources"].get("/XObject", {})
    return sum(1 for o in objects.values() if o.get_object()["/Subtype"] == "/Image")


def test_a_photo_is_set_shown_on_the_resume_and_removed(data_dir, tmp_path, capsys):
    picture = tmp_path / "me.jpg"
    write_portrait(picture)
    common = ["--data-dir", str(data_dir)]
    assert main(["photo", "set", str(picture), *common]) == 0
    assert "The profile photo is now me.jpg (600×800 pixels)." in capsys.readouterr().out
    assert main(["photo", "show", *common]) == 0
    assert "me.jpg: 600×800 pixels." in capsys.readouterr().out
    shown, plain = tmp_path / "with.pdf", tmp_path / "without.pdf"
    assert main(["export", "resume", "--photo", "-o", str(shown), *common]) == 0
    assert main(["export", "resume", "-o", str(plain), *common]) == 0  # off by default
    assert (_images_on_page_one(shown), _images_on_page_one(plain)) == (1, 0)
    docx_file = tmp_path / "with.docx"
    assert (
        main(["export", "resume", "--photo", "--format", "docx", "-o", str(docx_file), *common])
        == 0
    )
    assert main(["photo", "remove", *common]) == 0
    assert "Removed the profile photo." in capsys.readouterr().out
    with Repository.open(data_dir, read_only=True) as repository:
        assert repository.all(Photo) == []


def test_asking_for_a_photo_the_profile_lacks_is_a_sentence(data_dir, tmp_path, capsys):
    out = tmp_path / "cv.pdf"
    assert main(["export", "resume", "--photo", "-o", str(out), "--data-dir", str(data_dir)]) == 1
    err = capsys.readouterr().err
    assert "--photo asks for the profile photo, but the profile has none" in err
    assert "Traceback" not in err and not out.exists()
    picture = tmp_path / "me.jpg"
    write_portrait(picture)
    assert main(["photo", "set", str(picture), "--data-dir", str(data_dir)]) == 0
    md = ["export", "resume", "--photo", "--format", "md", "--data-dir", str(data_dir)]
    assert main([*md, "-o", str(tmp_path / "cv.md")]) == 1
    assert "--photo goes with a PDF or DOCX résumé" in capsys.readouterr().err
    assert main(["export", "cmd", "--photo", "-o", str(out), "--data-dir", str(data_dir)]) == 1
    assert "--photo goes with a résumé" in capsys.readouterr().err


def test_a_picture_that_cannot_be_used_changes_nothing(data_dir, tmp_path, capsys):
    bad = tmp_path / "notes.jpg"
    bad.write_text("not a picture", encoding="utf-8")
    assert main(["photo", "set", str(bad), "--data-dir", str(data_dir)]) == 1
    err = capsys.readouterr().err
    assert "notes.jpg is not a picture this app can read; choose a JPEG or PNG photo" in err
    with Repository.open(data_dir, read_only=True) as repository:
        assert repository.all(Photo) == []


def test_a_target_remembers_the_photo_until_told_no(data_dir, tmp_path):
    picture = tmp_path / "me.png"
    write_portrait(picture, fmt="PNG")
    common = ["--target", "Berlin", "--data-dir", str(data_dir)]
    assert main(["photo", "set", str(picture), "--data-dir", str(data_dir)]) == 0
    first, second, third = (tmp_path / f"{n}.pdf" for n in ("first", "second", "third"))
    assert main(["export", "resume", "--photo", "-o", str(first), *common]) == 0
    with Repository.open(data_dir, read_only=True) as repository:
        berlin = next(t for t in repository.all(Target) if t.name == "Berlin")
        assert berlin.document_look().photo
    assert main(["export", "resume", "-o", str(second), *common]) == 0
    assert main(["export", "resume", "--no-photo", "-o", str(third), *common]) == 0
    assert [_images_on_page_one(p) for p in (first, second, third)] == [1, 1, 0]
