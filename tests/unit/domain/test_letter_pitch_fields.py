"""The letter pitch fields: stored with the profile and the target, absent in older files."""

from __future__ import annotations

from resume_builder.domain.models import Profile, Target
from resume_builder.storage.repository import Repository


def test_records_stored_before_the_pitch_read_with_an_empty_one() -> None:
    old_profile = {k: v for k, v in Profile(name="Dana").to_dict().items() if k != "pitch"}
    old_target = {k: v for k, v in Target(company="ACME").to_dict().items() if k != "pitch"}
    assert Profile.from_dict(old_profile).pitch == ""
    assert Target.from_dict(old_target).pitch == ""
    assert Profile.from_dict(old_profile).extra == {}


def test_the_pitches_survive_the_file(tmp_path) -> None:
    target = Target(company="ACME", pitch="I keep tills running in 300 shops.")
    with Repository.open(tmp_path) as repo:
        repo.set_profile(Profile(name="Dana", pitch="I run IT operations that stay up."))
        repo.put_many([target])
    with Repository.open(tmp_path) as again:
        assert again.profile().pitch == "I run IT operations that stay up."
        assert again.get(Target, target.id).pitch == "I keep tills running in 300 shops."
