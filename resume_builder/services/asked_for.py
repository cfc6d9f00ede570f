"""What a posting asks a résumé cut for it to show: the skills it lists, in order, and the
certificates that fitting a page target keeps before the weaker bullets.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from resume_builder.domain.snapshot import CareerSnapshot
from resume_builder.services.tailoring.results import Requirement


def resume_skill_ids(
    requirements: Sequence[Requirement],
    chosen: Sequence[str],
    snapshot: CareerSnapshot,
) -> list[str] | None:
    """The skills a résumé cut for a posting lists, in order: those the posting asks for
    (must-haves first, then by weight), then those the résumé's own bullets prove (the most
    bullets first); a skill with no bearing on the posting is left out.

    A skill is asked for when a requirement names it or one of its aliases, or when both name
    the same thesaurus concept ("CI/CD" for "continuous delivery"). None, for every proven
    skill as an untailored résumé lists them, when the posting gives no requirements or
    nothing would be left.
    """
    if not requirements:
        return None
    from resume_builder.services.tailoring.concepts import requirement_concepts, thesaurus

    concepts = thesaurus()
    skills = list(snapshot.skills)
    skill_concepts = {
        skill.id: {c for name in skill.names() for c in concepts.concepts_in(name)}
        for skill in skills
    }
    asked: list[str] = []
    ordered = sorted(requirements, key=lambda r: (not r.must_have, -r.weight))
    for requirement in ordered:
        if requirement.skill_id is not None:
            asked.append(requirement.skill_id)
            continue
        wanted = {c for r in requirement_concepts(requirement) for c in concepts.family(r)[0]}
        if wanted:
            asked.extend(skill.id for skill in skills if skill_concepts[skill.id] & wanted)
    shown = set(chosen)
    proofs: Counter[str] = Counter(
        skill_id
        for item in snapshot.accomplishments
        if item.id in shown
        for skill_id in item.skill_ids
    )
    known = {skill.id: skill for skill in skills}
    proven = sorted(
        (skill_id for skill_id in proofs if skill_id in known),
        key=lambda i: (-proofs[i], known[i].name.casefold()),
    )
    result = [i for i in dict.fromkeys([*asked, *proven]) if i in known]
    return result or None


def relevant_certification_ids(
    requirements: Sequence[Requirement], snapshot: CareerSnapshot
) -> set[str] | None:
    """The certificates a posting asks for: those whose name holds one of a requirement's
    wordings (or, for a skill requirement, one of the skill's names) as a whole word ("ITIL"
    in "ITIL 4 Foundation"), or names a thesaurus concept a requirement names. None, for
    every certificate as an untailored résumé keeps them, when the posting gives no
    requirements. Fitting a page target keeps these before the weaker bullets.
    """
    if not requirements:
        return None
    from resume_builder.services.tailoring.concepts import requirement_concepts, thesaurus

    concepts = thesaurus()
    skills = {skill.id: skill for skill in snapshot.skills}
    # A concept asked for is answered by its narrower ones too (Thesaurus.family).
    wanted = {
        c
        for requirement in requirements
        for asked in requirement_concepts(requirement)
        for c in concepts.family(asked)[0]
    }
    wordings = set()
    for requirement in requirements:
        wordings.update(w for w in requirement.wordings() if w.strip())
        if requirement.skill_id in skills:
            wordings.update(skills[requirement.skill_id].names())
    patterns = [re.compile(rf"(?<!\w){re.escape(w.strip())}(?!\w)", re.I) for w in wordings]
    return {
        cert.id
        for cert in snapshot.certifications
        if set(concepts.concepts_in(cert.name)) & wanted
        or any(pattern.search(cert.name) for pattern in patterns)
    }
