"""Words and dates of documents in English, Swedish, German, French and Spanish.

Documents are localised separately from the interface: a Swedish user may send an English
résumé. Kept as a small table: five languages of headings; the month names are in
domain/months.py, shared with the date reader.
"""

from __future__ import annotations

from datetime import date
from functools import cache

from resume_builder.domain.dates import PRESENT, PartialDate
from resume_builder.domain.look import SECTION_KEYS
from resume_builder.domain.months import FULL_MONTHS, SHORT_MONTHS

LANGUAGES = {"en": "English", "sv": "Svenska", "de": "Deutsch", "fr": "Français", "es": "Español"}

_HEADINGS = {
    "summary": ("Summary", "Sammanfattning", "Profil", "Profil", "Perfil"),
    "experience": ("Experience", "Erfarenhet", "Berufserfahrung", "Expérience", "Experiencia"),
    "education": ("Education", "Utbildning", "Ausbildung", "Formation", "Formación"),
    "certifications": (
        "Certifications",
        "Certifieringar",
        "Zertifizierungen",
        "Certifications",
        "Certificaciones",
    ),
    "skills": ("Skills", "Kompetenser", "Kenntnisse", "Compétences", "Habilidades"),
    "projects": ("Projects", "Projekt", "Projekte", "Projets", "Proyectos"),
    "publications": (
        "Publications",
        "Publikationer",
        "Publikationen",
        "Publications",
        "Publicaciones",
    ),
    "awards": ("Awards", "Utmärkelser", "Auszeichnungen", "Distinctions", "Premios"),
    "volunteer": ("Volunteering", "Ideellt arbete", "Ehrenamt", "Bénévolat", "Voluntariado"),
    "languages": ("Languages", "Språk", "Sprachen", "Langues", "Idiomas"),
    "references": ("References", "Referenser", "Referenzen", "Références", "Referencias"),
    "interests": ("Interests", "Intressen", "Interessen", "Centres d'intérêt", "Intereses"),
    # a page-targeted résumé's roles of more than 15 years ago, one line each
    "earlier_career": (
        "Earlier career",
        "Tidigare karriär",
        "Frühere Laufbahn",
        "Parcours antérieur",
        "Trayectoria anterior",
    ),
    # Career Management Document
    "overview": ("Overview", "Översikt", "Überblick", "Vue d'ensemble", "Resumen"),
    "contents": ("Contents", "Innehåll", "Inhalt", "Sommaire", "Índice"),
    "skills_index": (
        "Skills index",
        "Kompetensregister",
        "Kompetenzindex",
        "Index des compétences",
        "Índice de habilidades",
    ),
    "situation": ("Situation", "Situation", "Ausgangslage", "Situation", "Situación"),
    "task": ("Task", "Uppgift", "Aufgabe", "Tâche", "Tarea"),
    "action": ("Action", "Åtgärd", "Vorgehen", "Action", "Acción"),
    "result": ("Result", "Resultat", "Ergebnis", "Résultat", "Resultado"),
    "metrics": ("Metrics", "Mätetal", "Kennzahlen", "Indicateurs", "Métricas"),
    "skills_used": ("Skills", "Kompetenser", "Kenntnisse", "Compétences", "Habilidades"),
    "impact": ("Impact", "Genomslag", "Wirkung", "Impact", "Impacto"),
    "evidence": ("Evidence", "Belägg", "Nachweise", "Preuves", "Evidencias"),
    "notes": ("Notes", "Anteckningar", "Notizen", "Notes", "Notas"),
    "career_management_document": (
        "Career Management Document",
        "Karriärdokument",
        "Karrieredokument",
        "Dossier de carrière",
        "Documento de gestión de carrera",
    ),
    "top_results": (
        "Highest-impact results",
        "Störst genomslag",
        "Wirkungsvollste Ergebnisse",
        "Résultats les plus marquants",
        "Resultados de mayor impacto",
    ),
    "proven_skills": (
        "Best-proven skills",
        "Bäst belagda kompetenser",
        "Am besten belegte Kenntnisse",
        "Compétences les mieux démontrées",
        "Habilidades mejor demostradas",
    ),
    "present": ("Present", "nu", "heute", "aujourd'hui", "actualidad"),
    # the running footer: "Page 2 of 3"; the CMD's "Confidential · 2 December 2026"
    "page_of": (
        "Page {page} of {pages}",
        "Sida {page} av {pages}",
        "Seite {page} von {pages}",
        "Page {page} sur {pages}",
        "Página {page} de {pages}",
    ),
    # before a page number in the CMD's skills index: "p. 7"
    "page_abbr": ("p.", "s.", "S.", "p.", "pág."),
    "confidential": (
        "Confidential",
        "Konfidentiellt",
        "Vertraulich",
        "Confidentiel",
        "Confidencial",
    ),
    # a certificate's expiry and id in the CMD: "expires May 2027", "expired Mar 2024"
    "expires": ("expires", "giltigt till", "gültig bis", "expire en", "caduca en"),
    "expired": ("expired", "utgick", "abgelaufen", "expiré en", "caducó en"),
    "credential_id": ("credential ID", "certifikat-id", "Zertifikats-ID", "identifiant", "ID"),
    "accomplishments": ("accomplishments", "prestationer", "Erfolge", "réalisations", "logros"),
    # Cover letter
    "cover_letter": (
        "Cover letter",
        "Personligt brev",
        "Anschreiben",
        "Lettre de motivation",
        "Carta de presentación",
    ),
}

# How a letter writes a day: "23 November 2026", "23. November 2026", "23 de noviembre de 2026".
_FULL_DATE = {
    "en": "{day} {month} {year}",
    "sv": "{day} {month} {year}",
    "de": "{day}. {month} {year}",
    "fr": "{day} {month} {year}",
    "es": "{day} de {month} de {year}",
}
_ORDER = tuple(LANGUAGES)

# What a document counts, as (singular, plural) in each language of _ORDER.
_COUNTED = {
    "accomplishment": (
        ("accomplishment", "accomplishments"),
        ("prestation", "prestationer"),
        ("Erfolg", "Erfolge"),
        ("réalisation", "réalisations"),
        ("logro", "logros"),
    ),
    "role": (
        ("role", "roles"),
        ("roll", "roller"),
        ("Position", "Positionen"),
        ("poste", "postes"),
        ("puesto", "puestos"),
    ),
}


@cache
def section_heading_words() -> frozenset[str]:
    """Every résumé section's heading in every document language, case-folded."""
    return frozenset(word.casefold() for key in SECTION_KEYS for word in _HEADINGS[key])


def heading(key: str, language: str) -> str:
    """A section heading or fixed word in a document language (English when unknown)."""
    words = _HEADINGS[key]
    return words[_ORDER.index(language)] if language in _ORDER else words[0]


def is_singular(count: int, language: str) -> bool:
    """Whether `count` takes the singular noun in `language`.

    French counts 0 and 1 in the singular ("0 réalisation"); the other four languages use
    the singular for exactly one ("0 roles", "0 roller"), as in the CLDR plural rules.
    """
    return count in (0, 1) if language == "fr" else count == 1


def with_count(count: int, singular: str, plural: str, language: str = "en") -> str:
    """The count and the noun form it takes: "1 role", "3 roles", "0 poste"."""
    return f"{count} {singular if is_singular(count, language) else plural}"


def count_of(count: int, noun: str, language: str) -> str:
    """How many of a thing a document counts, in its language: "1 roll", "3 Erfolge".

    `noun` is a key of the table above ("accomplishment", "role"); English when unknown.
    """
    forms = _COUNTED[noun]
    singular, plural = forms[_ORDER.index(language)] if language in _ORDER else forms[0]
    return with_count(count, singular, plural, language)


def format_date(value: PartialDate | object | None, language: str, style: str) -> str:
    """A partial date in a document: "May 2019", "05/2019" or "2019-05" (style), localised."""
    if value is None:
        return ""
    if value is PRESENT:
        return heading("present", language)
    assert isinstance(value, PartialDate)
    if value.month is None:
        return str(value.year)
    if style == "iso":
        # Month precision, as the other styles: an imported "2023-01-01" is a month's start.
        return f"{value.year}-{value.month:02d}"
    if style == "numeric":
        return f"{value.month:02d}/{value.year}"
    months = SHORT_MONTHS.get(language, SHORT_MONTHS["en"])
    return f"{months[value.month - 1]} {value.year}"


def format_period(start, end, language: str, style: str) -> str:
    """The period as "May 2019 – Present" in a document language (one side if one is known)."""
    left = format_date(start, language, style)
    right = format_date(end, language, style)
    if left and right:
        return f"{left} – {right}"
    return left or right


def format_full_date(day: date, language: str) -> str:
    """A whole date written out as a letter dates itself: "23 November 2026", "23 november 2026".

    Unknown languages get the English form. The first of the month is "1er" in French letters.
    """
    language = language if language in FULL_MONTHS else "en"
    month = FULL_MONTHS[language][day.month - 1]
    number = "1er" if language == "fr" and day.day == 1 else str(day.day)
    return _FULL_DATE[language].format(day=number, month=month, year=day.year)


# Words of the meeting brief, the progress pack and the update note, as (English, Swedish).
# Other document languages get the English words until someone translates them.
_CONVERSATION_WORDS = {
    # the brief
    "meeting_brief": ("Meeting brief", "Mötesunderlag"),
    "meeting": ("Meeting", "Möte"),
    "target": ("Target", "Ansökan"),
    "agenda": ("Agenda", "Dagordning"),
    "pitch": ("Pitch", "Pitch"),
    "people_met": ("People", "Personer"),
    "reference_for": ("Reference for", "Referens för"),
    "position": ("How I open", "Så inleder jag"),
    "appreciation": ("Appreciation", "Uppskattning"),
    "intent": ("Long-term intent", "Långsiktig avsikt"),
    "aim_level": ("Level I aim for", "Nivå jag siktar på"),
    "my_question": ("My question", "Min fråga"),
    "agreed": ("Agreed", "Överenskommet"),
    "conditions": ("Conditions", "Villkor"),
    "talking_points": ("Talking points", "Samtalspunkter"),
    "stories": ("Stories to tell", "Berättelser att dela"),
    "requirements_evidence": ("Requirements and evidence", "Krav och belägg"),
    "requirement": ("Requirement", "Krav"),
    "evidence": ("Evidence", "Belägg"),
    "gap": ("gap", "lucka"),
    "must_have": ("must have", "måste"),
    "gaps": ("Gaps to be ready for", "Luckor att vara beredd på"),
    "questions": ("Questions to ask", "Frågor att ställa"),
    "practical": ("Practical notes", "Praktiskt"),
    "notes": ("Notes", "Anteckningar"),
    "notes_topic": ("Topic", "Ämne"),
    "notes_said": ("What was said", "Vad som sades"),
    "review": ("Actions to review", "Åtgärder att gå igenom"),
    "what_i_heard": ("What I heard", "Det jag hörde"),
    "asked_of_me": ("Asked of me", "Det som önskas av mig"),
    "next_steps": ("Next steps", "Nästa steg"),
    # kinds of meeting
    "kind_career_conversation": ("Career conversation", "Karriärsamtal"),
    "kind_one_to_one": ("One-to-one", "Enskilt samtal"),
    "kind_recruiter": ("Recruiter meeting", "Möte med rekryterare"),
    "kind_interview": ("Interview", "Intervju"),
    "kind_networking": ("Networking", "Nätverkande"),
    "kind_reference_check": ("Reference check", "Referenstagning"),
    "kind_performance_review": ("Performance review", "Medarbetarsamtal"),
    # relationships
    "rel_manager": ("Manager", "Chef"),
    "rel_senior_leader": ("Senior leader", "Ledare"),
    "rel_mentor": ("Mentor", "Mentor"),
    "rel_advocate": ("Advocate", "Förespråkare"),
    "rel_recruiter": ("Recruiter", "Rekryterare"),
    "rel_reference": ("Reference", "Referens"),
    "rel_peer": ("Peer", "Kollega"),
    "rel_other": ("Other", "Annan"),
    # the default file names
    "file_brief": ("Brief", "Mötesunderlag"),
    "file_progress": ("Progress", "Lägesrapport"),
    "file_career": ("Career", "Karriär"),
    # the progress pack
    "progress_pack": ("Progress report", "Lägesrapport"),
    "period": ("Period", "Period"),
    "agreed_actions": ("Agreed actions", "Överenskomna åtgärder"),
    "other_results": ("Other results", "Övriga resultat"),
    "by_skill": ("Results by skill", "Resultat per kompetens"),
    "by_role": ("Results by role", "Resultat per roll"),
    "due": ("due", "senast"),
    "done_on": ("done", "klar"),
    "done": ("Done", "Klar"),
    "open": ("Open", "Öppen"),
    "overdue": ("Overdue", "Försenad"),
    "overdue_since": ("Overdue since {date}", "Försenad sedan {date}"),
    "no_proof": ("No proof yet.", "Inget belägg än."),
    "no_proof_yet": ("No proof in this period yet.", "Inget belägg under perioden än."),
    "no_skill": ("No skill tagged", "Ingen kompetens angiven"),
    "no_role": ("No role", "Ingen roll"),
    "actions_done": ("actions done", "åtgärder klara"),
    # the update note
    "note_greeting": ("Hi {name},", "Hej {name}!"),
    "note_greeting_anyone": ("Hi,", "Hej!"),
    "note_intro": (
        "Here is a short update on my progress since {date}:",
        "Här är en kort lägesrapport sedan {date}:",
    ),
    "note_intro_period": (
        "Here is a short update on my progress from {start} to {end}:",
        "Här är en kort lägesrapport för {start}–{end}:",
    ),
    "note_done": ("Done: {text}", "Klart: {text}"),
    "note_nothing": ("No new results recorded yet.", "Inga nya resultat registrerade än."),
    "note_next": ("What is next:", "Härnäst:"),
    "note_next_item": ("{text} (by {date})", "{text} (senast {date})"),
    "note_next_overdue": ("{text} (overdue since {date})", "{text} (försenad sedan {date})"),
    "note_sign_off": ("Best regards,", "Vänliga hälsningar"),
}


def conversation_word(key: str, language: str) -> str:
    """A word of the meeting brief, progress pack or update note (English unless Swedish)."""
    english, swedish = _CONVERSATION_WORDS[key]
    return swedish if language == "sv" else english


def has_conversation_word(key: str) -> bool:
    """Whether there is a word for `key` (a meeting kind or a relationship may be free text)."""
    return key in _CONVERSATION_WORDS
