"""The profile photo: a chosen picture is checked, turned upright, made small, stored and
removed; a picture that cannot be used says why and changes nothing.
"""

from __future__ import annotations

import io

import pytest
from PIL import Image

from resume_builder.domain.models import Photo, Profile
from resume_builder.domain.photo import PHOTO_MAX_PIXELS
from resume_builder.domain.snapshot import CareerSnapshot
from resume_builder.services import photo as photos
from resume_builder.services.backup_archive import read_backup_zip, write_backup_zip
from resume_builder.services.documents import snapshot_of
from resume_builder.storage.repository import Repository
from tests.photos import portrait_bytes, write_portrait


def _image(photo: Photo) -> Image.Image:
    return Image.open(io.BytesIO(photo.image_bytes()))


def test_a_big_picture_is_kept_as_a_small_jpeg_with_its_shape(tmp_path):
    source = tmp_path / "me.png"
    write_portrait(source, width=1800, height=2400, fmt="PNG")
    photo = photos.prepare_photo(source)
    image = _image(photo)
    assert image.format == "JPEG"
    assert (photo.width, photo.height) == image.size == (600, PHOTO_MAX_PIXELS)
    assert photo.source_name == "me.png"
    assert len(photo.data) < 200_000  # small enough to be saved with every edit


def test_a_small_enough_picture_keeps_its_size(tmp_path):
    source = tmp_path / "me.jpg"
    write_portrait(source, width=300, height=400)
    assert (photos.prepare_photo(source).width, photos.prepare_photo(source).height) == (300, 400)


def test_the_camera_s_orientation_is_applied(tmp_path):
    # A phone stores a portrait as a landscape picture with "turn it 90°" in its EXIF data.
    landscape = Image.open(io.BytesIO(portrait_bytes(width=400, height=300)))
    exif = Image.Exif()
    exif[0x0112] = 6  # Orientation: rotate 90° clockwise to view
    source = tmp_path / "phone.jpg"
    landscape.save(source, "JPEG", exif=exif)
    photo = photos.prepare_photo(source)
    assert (photo.width, photo.height) == (300, 400)


def test_transparency_becomes_white_paper(tmp_path):
    source = tmp_path / "cut-out.png"
    write_portrait(source, width=400, height=400, fmt="PNG", transparent=True)
    image = _image(photos.prepare_photo(source)).convert("RGB")
    red, green, blue = image.getpixel((5, 5))  # a transparent corner
    assert min(red, green, blue) > 245


@pytest.mark.parametrize(
    "content, name, words",
    [
        (b"", "empty.jpg", "empty.jpg is empty"),
        (b"%PDF-1.4 not a picture", "cv.pdf", "cv.pdf is not a picture this app can read"),
        (portrait_bytes()[:400], "cut.jpg", "cut.jpg is damaged"),
        (portrait_bytes(width=80, height=90), "icon.jpg", "only 80×90 pixels"),
        (portrait_bytes(fmt="GIF"), "anim.gif", "not a picture this app can read"),
    ],
)
def test_a_picture_that_cannot_be_used_says_why(tmp_path, content, name, words):
    source = tmp_path / name
    source.write_bytes(content)
    with pytest.raises(photos.PhotoError) as raised:
        photos.prepare_photo(source)
    assert words in str(raised.value)


def test_a_missing_file_and_a_huge_one_say_why(tmp_path, monkeypatch):
    with pytest.raises(photos.PhotoError, match="gone.jpg cannot be read"):
        photos.prepare_photo(tmp_path / "gone.jpg")
    source = tmp_path / "huge.jpg"
    write_portrait(source)
    monkeypatch.setattr(photos, "MAX_FILE_BYTES", 1000)
    with pytest.raises(photos.PhotoError, match="must be under"):
        photos.prepare_photo(source)
    monkeypatch.undo()
    monkeypatch.setattr(photos, "MAX_SOURCE_PIXELS", 1000)
    with pytest.raises(photos.PhotoError, match="too big to be a photo"):
        photos.prepare_photo(source)


def test_setting_replaces_the_photo_and_removing_takes_it_away(tmp_path):
    first, second = tmp_path / "a.jpg", tmp_path / "b.jpg"
    write_portrait(first)
    write_portrait(second, width=500, height=500)
    with Repository.open(tmp_path / "data") as repository:
        repository.set_profile(Profile(name="Dana"))
        for source in (first, second):
            change = photos.set_photo(repository.all(Photo), photos.prepare_photo(source))
            repository.apply(put=change.after, remove=change.removed)
        kept = repository.all(Photo)
        assert [p.source_name for p in kept] == ["b.jpg"]
        assert snapshot_of(repository).photo == kept[0]
        assert repository.profile().name == "Dana"  # the profile is not touched
        change = photos.remove_photo(repository.all(Photo))
        repository.apply(put=change.after, remove=change.removed)
        assert repository.all(Photo) == []
        assert photos.remove_photo([]).is_empty()
    with Repository.open(tmp_path / "data", read_only=True) as reopened:
        assert reopened.all(Photo) == []


def test_a_picture_that_fails_stores_nothing(tmp_path):
    source = tmp_path / "bad.jpg"
    source.write_bytes(b"not a picture")
    with Repository.open(tmp_path / "data") as repository:
        counter = repository.save_counter
        with pytest.raises(photos.PhotoError):
            change = photos.set_photo(repository.all(Photo), photos.prepare_photo(source))
            repository.apply(put=change.after, remove=change.removed)
        assert repository.all(Photo) == []
        assert repository.save_counter == counter


def test_a_backup_carries_the_photo(tmp_path):
    source = tmp_path / "me.jpg"
    write_portrait(source)
    with Repository.open(tmp_path / "data") as repository:
        repository.put(photos.prepare_photo(source))
        write_backup_zip(repository, tmp_path / "backup.zip")
        kept = repository.all(Photo)[0]
    database, _, _ = read_backup_zip(tmp_path / "backup.zip")
    restored = tmp_path / "restored"
    restored.mkdir()
    (restored / "resume.json").write_bytes(database)
    with Repository.open(restored, read_only=True) as repository:
        assert repository.all(Photo) == [kept]


def test_a_damaged_photo_record_counts_as_none():
    damaged = Photo(data="%%% not base64", width=10, height=10)
    assert damaged.image_bytes() == b""
    assert CareerSnapshot.from_records([damaged]).photo is None
