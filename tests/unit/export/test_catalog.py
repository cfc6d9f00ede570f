"""Template catalog: a broken file is reported with its reason; every other template exports."""

from __future__ import annotations

import io
import shutil
from datetime import date
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from resume_builder import paths
from resume_builder.domain.snapshot import CareerSnapshot
from resume_builder.export.catalog import BrokenTemplate, load_catalog
from resume_builder.export.style import Style, StyleError
from resume_builder.services.demo import demo_records
from resume_builder.services.documents import (
    ExportError,
    ExportRequest,
    export_document,
    load_template,
    run_to_end,
)

SHIPPED = load_catalog(paths.templates_dir())

#: a broken file's contents, and the words its reason must contain
BROKEN_FILES = {
    "bad_toml": ('name = "Bad"\nbody_size = = 3\n', ["bad_toml.toml", "not valid TOML"]),
    "wrong_type": ('name = "Wrong"\nbody_size = "large"\n', ["wrong_type.toml", "body_size"]),
    "bad_colour": ('name = "Colour"\naccent_color = "teal"\n', ["bad_colour.toml", "accent_color"]),
    "no_name": ('description = "Nameless"\n', ["no_name.toml", "required", "name"]),
    "unknown_setting": ('name = "U"\nshadow = true\n', ["unknown_setting.toml", "shadow"]),
    "bad_section": ('name = "S"\nsection_order = ["hobbies"]\n', ["bad_section.toml", "hobbies"]),
    "not_utf8": (b'name = "\xff\xfe"\n', ["not_utf8.toml", "UTF-8"]),
    "far_thumbnail": ('name = "T"\nthumbnail = "../../x.png"\n', ["far_thumbnail.toml", "beside"]),
    "bad_alignment": ('name = "A"\ncontact_align = "right"\n', ["bad_alignment.toml", "center"]),
    "blank_name": ('name = "  "\n', ["blank_name.toml", "empty"]),
}


@pytest.fixture(scope="module")
def demo() -> CareerSnapshot:
    return CareerSnapshot.from_records(demo_records(date(2026, 3, 1)))


def templates_with(tmp_path: Path, name: str, content: str | bytes) -> Path:
    """A copy of the shipped templates folder with one more file in it."""
    folder = tmp_path / "templates"
    shutil.copytree(paths.templates_dir(), folder)
    target = folder / f"{name}.toml"
    if isinstance(content, bytes):
        target.write_bytes(content)
    else:
        target.write_text(content, encoding="utf-8")
    return folder


def test_the_shipped_templates_all_load_with_the_default_first() -> None:
    assert SHIPPED.broken == ()
    assert SHIPPED.keys()[0] == SHIPPED.default_key == "classic"
    assert set(SHIPPED.keys()) == {p.stem for p in paths.templates_dir().glob("*.toml")}
    assert SHIPPED.keys()[1:] == sorted(SHIPPED.keys()[1:])
    assert all(isinstance(s, Style) and s.key == k for k, s in SHIPPED.styles.items())
    assert SHIPPED.get("classic") is SHIPPED.styles["classic"]
    assert SHIPPED.get("nonesuch") is None
    assert list(SHIPPED) == SHIPPED.keys() and len(SHIPPED) == len(SHIPPED.keys())


@pytest.mark.parametrize("name", sorted(BROKEN_FILES))
def test_a_broken_file_is_listed_with_its_reason_and_the_others_still_load(
    tmp_path: Path, name: str
) -> None:
    content, words = BROKEN_FILES[name]
    catalog = load_catalog(templates_with(tmp_path, name, content))
    assert catalog.keys() == SHIPPED.keys()
    assert [b.key for b in catalog.broken] == [name]
    broken = catalog.broken[0]
    assert isinstance(broken, BrokenTemplate)
    assert broken.path == tmp_path / "templates" / f"{name}.toml"
    for word in words:
        assert word in broken.reason
    # one sentence: a single line ending in a full stop
    assert "\n" not in broken.reason and broken.reason.endswith(".")
    assert catalog.get(name) is None and name not in catalog
    assert catalog.broken_template(name) is broken
    with pytest.raises(StyleError, match="is broken") as raised:
        catalog.require(name)
    assert broken.reason in str(raised.value)


def test_asking_for_a_broken_template_says_it_is_broken_and_why(tmp_path: Path) -> None:
    folder = templates_with(tmp_path, "wrong_type", BROKEN_FILES["wrong_type"][0])
    with pytest.raises(StyleError) as raised:
        load_template(folder, "wrong_type")
    assert "“wrong_type” is broken" in str(raised.value) and "body_size" in str(raised.value)
    bundled = ", ".join(load_catalog(paths.templates_dir()).keys())
    with pytest.raises(ExportError, match=f"choose one of: {bundled}$"):
        load_template(folder, "nonesuch")


def test_a_broken_default_leaves_the_first_usable_template_as_default(tmp_path: Path) -> None:
    folder = tmp_path / "templates"
    shutil.copytree(paths.templates_dir(), folder)
    (folder / "classic.toml").write_text("name = 3\n", encoding="utf-8")
    catalog = load_catalog(folder)
    assert catalog.default_key == catalog.keys()[0] != "classic"
    assert [b.key for b in catalog.broken] == ["classic"]


def test_a_missing_folder_is_an_empty_catalog(tmp_path: Path) -> None:
    catalog = load_catalog(tmp_path / "nowhere")
    assert catalog.keys() == [] and len(catalog) == 0
    assert catalog.broken == () and catalog.default_key == "classic"
    with pytest.raises(StyleError, match="no usable template"):
        catalog.require("classic")


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_every_other_template_still_exports_beside_a_broken_one(
    tmp_path: Path, demo: CareerSnapshot, fmt: str
) -> None:
    folder = templates_with(tmp_path, "bad_toml", BROKEN_FILES["bad_toml"][0])
    catalog = load_catalog(folder)
    assert catalog.broken and catalog.keys() == load_catalog(paths.templates_dir()).keys()
    for key in catalog:
        request = ExportRequest(kind="resume", format=fmt, template=key)
        result = run_to_end(export_document(request, demo, folder))
        if fmt == "pdf":
            text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(result.data)).pages)
        else:
            text = "\n".join(p.text for p in docx.Document(io.BytesIO(result.data)).paragraphs)
        assert demo.profile.name in text, key
        assert demo.roles[0].employer in text, key


def test_a_thumbnail_is_found_beside_its_template_only_when_the_file_is_there(
    tmp_path: Path,
) -> None:
    assert SHIPPED.thumbnail_path("classic") == paths.templates_dir() / "classic.png"
    assert SHIPPED.thumbnail_path("nonesuch") is None
    folder = templates_with(tmp_path, "plain", 'name = "Plain"\nthumbnail = "missing.png"\n')
    catalog = load_catalog(folder)
    assert "plain" in catalog and catalog.thumbnail_path("plain") is None
    (folder / "classic.png").unlink()
    assert catalog.thumbnail_path("classic") is None
