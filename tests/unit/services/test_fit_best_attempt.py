"""Fitting a page target: the best attempt when out of reach, and the room cuts free refilled."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from resume_builder import paths
from resume_builder.domain.career import Accomplishment, Profile, Role
from resume_builder.domain.dates import PartialDate
from resume_builder.domain.snapshot import CareerSnapshot
from resume_builder.export.builders.resume import EARLIER_PREFIX
from resume_builder.export.catalog import load_catalog
from resume_builder.services.documents import (
    ExportRequest,
    build,
    count_pages,
    export_document,
    load_template,
    run_to_end,
)
from resume_builder.services.fit_report import describe_items

TEMPLATES = sorted(load_catalog(paths.templates_dir()).styles)


def long_career(roles: int = 15, bullets: int = 6, months: int = 24) -> CareerSnapshot:
    """A career of `roles` roles of `months` months each, newest first, each with `bullets`
    results; the newest ends in 2024."""
    made_roles = []
    results = []

    def month(count: int) -> PartialDate:
        return PartialDate(count // 12, count % 12 + 1)

    for index in range(roles):
        end = 2024 * 12 - months * index
        role = Role(
            employer=f"Employer {index + 1} AB",
            title=f"Engineering Manager {index + 1}",
            start=month(end - months),
            end=month(end) if index else None,
            location="Stockholm",
            # A role's employer line is no optional part (its scope line may go): fifteen
            # headings alone need more than a page, so a one-page target cannot be reached.
            description=(
                f"Led {20 + index} engineers across three sites; budget of {index + 2} million "
                "kronor; reported to the chief information officer."
            ),
            employer_description="A Nordic retailer with stores in five countries.",
        )
        made_roles.append(role)
        for number in range(bullets):
            results.append(
                Accomplishment(
                    headline=(
                        f"Cut the release time of team {index + 1} by {10 + number} per cent "
                        "by rebuilding the pipeline and coaching two leads"
                    ),
                    role_id=role.id,
                    impact=1 + (number % 5),
                )
            )
    profile = Profile(name="Dana Lindqvist", headline="IT associate director")
    return CareerSnapshot(profile=profile, roles=tuple(made_roles), accomplishments=tuple(results))


@pytest.fixture(scope="module")
def careers() -> dict[int, CareerSnapshot]:
    # Fifteen roles fit one page once bullets go; forty need more than a page even without any
    # (forty roles of four months, all recent enough to keep their entries).
    return {15: long_career(15), 40: long_career(40, months=4)}


def _export(snapshot: CareerSnapshot, template: str, target: int | None):
    request = ExportRequest(kind="resume", format="pdf", template=template)
    request.resume.page_target = target
    result = run_to_end(export_document(request, snapshot, paths.templates_dir()))
    return result, len(PdfReader(io.BytesIO(result.data)).pages)


@pytest.mark.parametrize("roles", [15, 40])
@pytest.mark.parametrize("template", TEMPLATES)
def test_one_page_target_never_gives_more_pages_than_two(
    careers: dict[int, CareerSnapshot], template: str, roles: int
) -> None:
    one, one_pages = _export(careers[roles], template, 1)
    _, two_pages = _export(careers[roles], template, 2)
    assert one_pages <= two_pages
    assert one.fit is not None and one.fit.pages == one_pages == one.pages
    if roles == 15:
        assert one_pages == 1
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(one.data)).pages)
    assert "Dana Lindqvist" in text
    assert "Engineering Manager 1" in text
    # Every role is on the page or reported as left out (its line under Earlier career).
    left_out = " ".join(one.fit.left_out)
    for number in range(1, roles + 1):
        title = f"Engineering Manager {number} "
        assert title in text.replace("\n", " ") or title in left_out, number


@pytest.mark.parametrize("template", TEMPLATES)
def test_an_unreached_target_keeps_its_best_attempt_and_says_what_went(
    careers: dict[int, CareerSnapshot], template: str
) -> None:
    _, plain_pages = _export(careers[40], template, None)
    one, one_pages = _export(careers[40], template, 1)
    assert one_pages < plain_pages
    assert one.fit is not None and not one.fit.fits and one.fit.left_out
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(one.data)).pages)
    # Every bullet went to come closest; the roles themselves stay.
    assert "Cut the release time" not in text
    described = one.fit.describe()
    assert described.startswith(f"{one_pages} pages: over the 1-page target")
    assert f"The closest it comes leaves out {len(one.fit.left_out)} items, first “" in described


def mixed_career(roles: int = 8) -> CareerSnapshot:
    """Roles whose three bullets are long, short, long: the weakest goes first, so cutting in
    order alone also cuts short bullets there would be room for."""
    made_roles, results = [], []
    for index in range(roles):
        role = Role(
            employer=f"Employer {index} AB",
            title=f"Manager {index}",
            start=PartialDate(2020 - 2 * index),
            end=PartialDate(2022 - 2 * index),
        )
        made_roles.append(role)
        for number in range(3):
            headline = (
                f"Cut costs {index}.{number} by 9%"
                if number == 1
                else "Rebuilt the release pipeline for four product teams and coached two leads, "
                * 3
                + f"team {index}.{number}"
            )
            results.append(Accomplishment(headline=headline, role_id=role.id, impact=5 - number))
    profile = Profile(name="Dana Lindqvist")
    return CareerSnapshot(profile=profile, roles=tuple(made_roles), accomplishments=tuple(results))


@pytest.mark.parametrize("template", TEMPLATES)
def test_the_room_cuts_free_is_filled_again(template: str) -> None:
    snapshot = mixed_career()
    result, pages = _export(snapshot, template, 1)
    assert pages == 1 and result.fit is not None
    ids = {a.headline: a.id for a in snapshot.accomplishments}
    lines = [EARLIER_PREFIX + role.id for role in snapshot.roles]
    ids.update(zip(describe_items(snapshot, lines, "en"), lines, strict=True))
    left_out = [ids[name] for name in result.fit.left_out]
    # Whatever was left out no longer fits: putting any one of them back needs a second page.
    style = load_template(paths.templates_dir(), template)
    for item in left_out:
        request = ExportRequest(kind="resume", format="pdf", template=template)
        request.resume.omitted_ids = {i for i in left_out if i != item}
        document, _ = build(request, snapshot, style)
        assert count_pages(document, style, "A4") > 1, item
