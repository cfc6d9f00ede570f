"""The links of an imported meeting, action item, organisation or target that point at nothing.

A meeting names people, talking points (accomplishments), an earlier meeting and a target; an
action item its meeting and its proof; an organisation its people; a target (an application)
its organisation and its contacts. A link to a record that is neither in the file nor stored
would be kept dangling: it is left out of what is written, and a warning for the import
preview names the record and what is missing.
"""

from __future__ import annotations

from dataclasses import replace

from resume_builder.domain.models import ActionItem, Meeting, Organisation, Target
from resume_builder.export.locale import with_count


class Links:
    """The ids a written meeting, action item, organisation or target may point at, and the
    records with every other link left out, each told in a sentence appended to `warnings`.
    """

    def __init__(self, source_name: str, warnings: list[str]) -> None:
        self.source_name = source_name
        self.warnings = warnings
        self.people: set[str] = set()
        self.proofs: set[str] = set()
        self.targets: set[str] = set()
        self.meetings: set[str] = set()
        self.organisations: set[str] = set()

    def meeting_links(self, meeting: Meeting) -> Meeting:
        """The meeting without the people, talking points, earlier meeting or target that are
        neither in the file nor stored.
        """
        about = f"the meeting “{meeting.title.strip() or '(untitled)'}”"
        follows = self._kept(about, ("earlier meeting", "earlier meetings"),
                             _one(meeting.follows_id), self.meetings)  # fmt: skip
        target = self._kept(about, ("target", "targets"), _one(meeting.target_id), self.targets)
        return replace(
            meeting,
            person_ids=self._kept(about, ("person", "people"), meeting.person_ids, self.people),
            talking_point_ids=self._kept(
                about, ("talking point", "talking points"), meeting.talking_point_ids, self.proofs
            ),
            follows_id=follows[0] if follows else None,
            target_id=target[0] if target else None,
        )

    def item_links(self, item: ActionItem) -> ActionItem:
        """The action item without the proof that is missing; one whose meeting is missing is
        kept as an action of the user's own (no meeting).
        """
        about = f"the action item “{item.text.strip() or '(no text)'}”"
        proofs = self._kept(about, ("proof", "proofs"), item.proof_ids, self.proofs)
        meeting = self._kept(about, ("meeting", "meetings"), _one(item.meeting_id), self.meetings)
        return replace(item, proof_ids=proofs, meeting_id=meeting[0] if meeting else "")

    def organisation_links(self, organisation: Organisation) -> Organisation:
        """The organisation without the people who are neither in the file nor stored."""
        about = f"the organisation “{organisation.label()}”"
        people = self._kept(about, ("person", "people"), organisation.person_ids, self.people)
        return replace(organisation, person_ids=people)

    def target_links(self, target: Target) -> Target:
        """The target without the organisation or contacts that are neither in the file nor
        stored (its company still names where it is).
        """
        about = f"the target “{target.label()}”"
        where = self._kept(about, ("organisation", "organisations"),
                           _one(target.organisation_id), self.organisations)  # fmt: skip
        contacts = self._kept(about, ("contact", "contacts"), target.contact_ids, self.people)
        return replace(target, organisation_id=where[0] if where else None, contact_ids=contacts)

    def _kept(
        self, about: str, nouns: tuple[str, str], values: list[str], known: set[str]
    ) -> list[str]:
        missing = [v for v in values if v not in known]
        if missing:
            shown = ", ".join(v[:8] for v in missing)
            self.warnings.append(
                f"{self.source_name}: {about} names {with_count(len(missing), *nouns)} in "
                f"neither the file nor your record (id {shown}); that link is left out"
            )
        return [v for v in values if v in known]


def _one(value: str | None) -> list[str]:
    return [value] if value else []
