"""Where each JSON Resume key goes: per section, the model attribute and how its value is read."""

from __future__ import annotations

from resume_builder.domain.models import (
    Award,
    Certification,
    Education,
    Interest,
    Language,
    Project,
    Publication,
    Record,
    Volunteer,
)
from resume_builder.export.json_resume import EXTENSION_KEY

# Kinds of field values: how a JSON value becomes a model value.
TEXT, TEXTS, DATE, END = "text", "texts", "date", "end"

# Per section: JSON key -> (model attribute, kind). A key of the same name in the item's
# extension wins over the standard one (our export puts exact values there when the schema
# cannot hold them: odd dates, text that is not a URL, an open end).
SECTIONS: dict[str, tuple[type[Record], dict[str, tuple[str, str]]]] = {
    "volunteer": (
        Volunteer,
        {
            "organization": ("organization", TEXT),
            "position": ("position", TEXT),
            "url": ("url", TEXT),
            "startDate": ("start", DATE),
            "endDate": ("end", END),
            "summary": ("summary", TEXT),
        },
    ),
    "education": (
        Education,
        {
            "institution": ("institution", TEXT),
            "url": ("url", TEXT),
            "area": ("area", TEXT),
            "studyType": ("study_type", TEXT),
            "startDate": ("start", DATE),
            "endDate": ("end", END),
            "score": ("score", TEXT),
            "courses": ("courses", TEXTS),
        },
    ),
    "awards": (
        Award,
        {
            "title": ("title", TEXT),
            "date": ("date", DATE),
            "awarder": ("awarder", TEXT),
            "summary": ("summary", TEXT),
        },
    ),
    "certificates": (
        Certification,
        {
            "name": ("name", TEXT),
            "date": ("date", DATE),
            "issuer": ("issuer", TEXT),
            "url": ("url", TEXT),
        },
    ),
    "publications": (
        Publication,
        {
            "name": ("name", TEXT),
            "publisher": ("publisher", TEXT),
            "releaseDate": ("release_date", DATE),
            "url": ("url", TEXT),
            "summary": ("summary", TEXT),
        },
    ),
    "languages": (Language, {"language": ("language", TEXT), "fluency": ("fluency", TEXT)}),
    "interests": (Interest, {"name": ("name", TEXT), "keywords": ("keywords", TEXTS)}),
    "projects": (
        Project,
        {
            "name": ("name", TEXT),
            "description": ("description", TEXT),
            "keywords": ("keywords", TEXTS),
            "startDate": ("start", DATE),
            "endDate": ("end", END),
            "url": ("url", TEXT),
            "roles": ("roles", TEXTS),
            "entity": ("entity", TEXT),
            "type": ("type", TEXT),
        },
    ),
}
WORK_FIELDS: dict[str, tuple[str, str]] = {
    "name": ("employer", TEXT),
    "position": ("title", TEXT),
    "url": ("url", TEXT),
    "location": ("location", TEXT),
    "description": ("employer_description", TEXT),
    "startDate": ("start", DATE),
    "endDate": ("end", END),
    "summary": ("description", TEXT),
}
#: the sections whose items own accomplishments: their highlights are accomplishments' headlines,
#: and our full export carries those accomplishments in full in the item's extension
OWNER_SECTIONS = frozenset({"work", "projects", "volunteer"})
# Fields JSON Resume has no place for, which our export keeps in the extension only.
EXTENSION_FIELDS: dict[str, dict[str, tuple[str, str]]] = {
    "education": {"location": ("location", TEXT)},
    "certificates": {"expires": ("expires", DATE), "credentialId": ("credential_id", TEXT)},
}
# Names older JSON Resume files (before v1.0.0) used, read when the current name is absent.
OLD_NAMES: dict[str, dict[str, str]] = {
    "work": {"name": "company", "url": "website"},
    "volunteer": {"url": "website"},
    "education": {"score": "gpa"},
    "publications": {"url": "website"},
    "projects": {"url": "website"},
}
BASICS_FIELDS: dict[str, str] = {
    "name": "name",
    "label": "headline",
    "image": "image",
    "email": "email",
    "phone": "phone",
    "url": "url",
    "summary": "summary",
}
LOCATION_FIELDS: dict[str, str] = {
    "address": "address",
    "postalCode": "postal_code",
    "city": "city",
    "countryCode": "country_code",
    "region": "region",
}
ACCOMPLISHMENT_TEXT = ("headline", "situation", "task", "action", "result", "notes")
ACCOMPLISHMENT_TEXTS = ("metrics", "evidence")
# Keys of any item's extension that the importer reads; any other key is kept in `extra`.
EXTENSION_KNOWN = {"id", "extra"}
# Meta values a full export writes afresh every time, so they describe the file, not the career.
REGENERATED_META = {"canonical", "version", "lastModified", EXTENSION_KEY}


#: the keys of a `references` item that are read (an old export's extension held the contact)
REFERENCE_FIELDS = ("name", "reference")
REFERENCE_ASIDE = ("name", "reference", "contact")

#: the top-level keys a JSON Resume file may hold records under
KNOWN_SECTIONS = frozenset({"basics", "work", "skills", "references", *SECTIONS, EXTENSION_KEY})
