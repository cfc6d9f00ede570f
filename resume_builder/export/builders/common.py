"""What every builder shares: the contact block, ranking, role entries and labelled lines."""

from __future__ import annotations

from datetime import date

from resume_builder.domain.dates import PartialDate
from resume_builder.domain.models import Accomplishment, Photo, Profile, Role
from resume_builder.export.document import Block, Bullet, Contact, Entry, Paragraph, Run, plain
from resume_builder.export.locale import format_period
from resume_builder.export.style import Style


def contact_block(profile: Profile, photo: Photo | None = None) -> Contact:
    """The name, headline and contact details at the top of every document, and the photo
    when one is given (a résumé whose look asks for it).
    """
    items: list[Run] = []
    if profile.email:
        items.append(Run(profile.email, link=f"mailto:{profile.email}"))
    if profile.phone:
        items.append(Run(profile.phone))
    location = profile.location or ", ".join(p for p in (profile.city, profile.region) if p)
    if location:
        items.append(Run(location))
    # The same address given as the web site and as a profile (as a JSON Resume often does)
    # is printed once.
    shown: set[str] = set()
    for url in (profile.url, *(link.url for link in profile.links)):
        same = display_url(url).casefold().removeprefix("www.")
        if url and same not in shown:
            shown.add(same)
            items.append(Run(display_url(url), link=url))
    contact = Contact(name=profile.name or "", headline=profile.headline, items=items)
    image = photo.image_bytes() if photo is not None else b""
    if image:
        contact.photo = image
        contact.photo_pixels = (photo.width, photo.height)
    return contact


def display_url(url: str) -> str:
    """A web address as a reader would write it (no scheme)."""
    for prefix in ("https://", "http://"):
        if url.startswith(prefix):
            url = url[len(prefix) :]
    return url.rstrip("/")


def date_key(item: Accomplishment) -> tuple[int, int, int]:
    """Sorts accomplishments by date; an undated one sorts oldest."""
    return optional_key(item.date)


def rank_for_resume(items: list[Accomplishment], today: date | None = None) -> list[Accomplishment]:
    """Orders a role's accomplishments for a résumé: impact first, then recency."""
    today = today or date.today()

    def score(item: Accomplishment) -> tuple[float, tuple[int, int, int]]:
        age_years = today.year - item.date.year if item.date else 10
        recency = max(0.0, 1.0 - age_years / 15)
        return (item.impact + recency, date_key(item))

    return sorted(items, key=score, reverse=True)


def role_entry(role: Role, children: list[Block], language: str, style: Style) -> Entry:
    """A role as an entry: title, employer, location, dates and its one-line scope."""
    return Entry(
        title=role.title,
        organisation=role.employer,
        location=role.location,
        dates=format_period(role.start, role.end, language, style.date_format),
        scope=role.description,
        children=children,
        record_id=role.id,
    )


def optional_key(value: PartialDate | None) -> tuple[int, int, int]:
    """Sorts by a date that may be missing; a missing one sorts oldest."""
    return value.sort_key() if value is not None else (0, 0, 0)


def titled_bullet(title: str, *details: str) -> Bullet:
    """A bullet "Title — detail, detail" with the title bold (certificates, awards, talks)."""
    rest = ", ".join(d for d in details if d)
    return Bullet([Run(title, bold=True)] + plain(f" — {rest}" if rest else ""))


def label_paragraph(label: str, text: str, style: str = "body") -> Paragraph:
    """A "Label: text" paragraph with the label in bold."""
    return Paragraph([Run(f"{label}: ", bold=True), Run(text)], style=style)
