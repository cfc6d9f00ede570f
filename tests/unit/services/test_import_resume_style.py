"""The layout cues the résumé reader takes from LaTeX CV classes (moderncv): fields parted
where the style changes at a comma, picture fonts' bullets, a period wrapped in its margin,
the place across from the dates, and one order of title and employer per section.
"""

from __future__ import annotations

from dataclasses import dataclass

from resume_builder.domain.models import Role
from resume_builder.services.importing.resume_file.cutter import CutResult, cut_lines
from resume_builder.services.importing.resume_file.lines import Line
from resume_builder.services.importing.resume_file.pdf_margin import periods_rejoined
from resume_builder.services.importing.resume_file.pdf_style import StyleFields, picture_glyph

BOLD, SLANT, PLAIN = (True, False), (False, True), (False, False)


def _fields(*runs: tuple[str, tuple[bool, bool]]) -> StyleFields:
    fields = StyleFields()
    for text, style in runs:
        fields.add(text, style)
    return fields


def test_a_comma_where_the_style_changes_parts_fields_and_one_inside_a_run_does_not():
    fields = _fields(
        ("MA Interaction Design", BOLD),
        (",", PLAIN),
        (" Goldsmiths, University of London", SLANT),
        (", London", PLAIN),
    )
    assert fields.parted
    assert fields.text.split("\t") == [
        "MA Interaction Design",
        "Goldsmiths, University of London",
        "London",
    ]


def test_a_change_of_style_without_a_comma_parts_nothing():
    fields = _fields(("Lead", BOLD), (" Designer", PLAIN))
    assert not fields.parted
    assert fields.text == "Lead Designer"


def test_a_picture_fonts_glyph_is_a_bullet_and_its_words_are_not():
    assert picture_glyph("/zcdqwa+marvosym", "{") == "•"
    assert picture_glyph("/abcdef+lmsans10-regular", "{") == "{"
    assert picture_glyph("/zcdqwa+marvosym", "a long run of text") == "a long run of text"


@dataclass
class _Piece:
    x: float
    y: float
    text: str
    size: float = 10.0


def test_a_period_wrapped_in_the_margin_joins_its_start_beside_the_heading():
    rows = [
        [_Piece(85, 500, "03/2016 –"), _Piece(140, 500, "Senior Designer")],
        [_Piece(93, 486, "12/2018"), _Piece(140, 486, "•"), _Piece(151, 486, "Designed it")],
    ]
    out = periods_rejoined(rows, labels=137.0)
    assert [p.text.strip() for p in out[0]] == ["03/2016 –", "12/2018", "Senior Designer"]
    assert [p.text for p in out[1]] == ["•", "Designed it"]


def test_a_label_that_ends_no_period_stays_on_its_line():
    rows = [
        [_Piece(85, 500, "Design"), _Piece(140, 500, "Figma, Sketch")],
        [_Piece(93, 486, "Research"), _Piece(140, 486, "Interviews")],
    ]
    out = periods_rejoined(rows, labels=137.0)
    assert [len(row) for row in out] == [2, 2]


def _line(number: int, text: str, *, bullet: bool = False, bold: bool = False) -> Line:
    return Line(text=text, page=1, number=number, bullet=bullet, bold=bold, x=60.0, size=10.0)


def test_the_place_across_from_the_dates_and_the_order_the_section_keeps():
    lines = [
        _line(1, "Johan Eriksson"),
        _line(2, "Arbetslivserfarenhet"),
        _line(3, "Mälardalens Byggpartner AB\tVästerås", bold=True),
        _line(4, "Projektledare\tSep 2021 – nu"),
        _line(5, "Ledde nybyggnaden av en skola", bullet=True),
        _line(6, "Täby Bygg & Montage\tTäby", bold=True),
        _line(7, "Snickare\t2008 – 2011"),
        _line(8, "Stomresning i nyproduktion", bullet=True),
    ]
    result = CutResult()
    cut_lines(lines, result)
    roles = [(r.title, r.employer, r.location) for r in result.records if isinstance(r, Role)]
    assert roles == [
        ("Projektledare", "Mälardalens Byggpartner AB", "Västerås"),
        ("Snickare", "Täby Bygg & Montage", "Täby"),
    ]


def _profile(lines: list[Line]):
    from resume_builder.domain.models import Language, Profile

    result = CutResult()
    cut_lines(lines, result)
    profile = next(r for r in result.records if isinstance(r, Profile))
    languages = [r.language for r in result.records if isinstance(r, Language)]
    return profile, languages, result.warnings


def test_the_name_is_the_line_in_the_titles_font_though_the_address_stands_above_it():
    lines = [
        _line(1, "27 Clifton Street"),
        _line(2, "Bristol BS8 1AB"),
        Line("Priya Raman\tUnited Kingdom", 1, 3, title=True, heading=True, size=34.0),
        _line(4, "M +44 7700 900456"),
        Line("UX Designer\tpriya@example.co.uk", 1, 5, heading=True, size=17.0),
        _line(6, "Languages"),
        _line(7, "English\tNative"),
    ]
    profile, _, warnings = _profile(lines)
    assert (profile.name, profile.headline) == ("Priya Raman", "UX Designer")
    assert (profile.address, profile.city, profile.email) == (
        "27 Clifton Street",
        "Bristol",
        "priya@example.co.uk",
    )
    assert any("United Kingdom" in w for w in warnings)  # no contact detail: said, not lost


def test_contact_details_at_a_pages_foot_are_the_profiles_not_a_list_sections():
    lines = [
        Line("Sara Nilsson", 1, 1, title=True, size=30.0),
        _line(2, "Språk"),
        _line(3, "Svenska\tModersmål"),
        _line(4, "Kungsgatan 8 – 753 21 Uppsala"),
        _line(5, "M 073-987 65 43 • E sara.nilsson@example.se"),
    ]
    profile, languages, _ = _profile(lines)
    assert languages == ["Svenska"]
    assert (profile.address, profile.city) == ("Kungsgatan 8", "Uppsala")
    assert profile.email == "sara.nilsson@example.se"


def test_a_web_address_without_a_path_is_read_as_a_link_and_a_name_with_a_dot_is_not():
    lines = [
        Line("Priya Raman", 1, 1, title=True, size=30.0),
        _line(2, "W priyaraman.example.com • github.com/priya"),
        _line(3, "E priya@example.co.uk • Node.js and Vue"),
    ]
    profile, _, _ = _profile(lines)
    assert [link.url for link in profile.links] == ["priyaraman.example.com", "github.com/priya"]
    assert profile.email == "priya@example.co.uk"


def test_the_employer_under_a_title_beside_a_column_of_dates_is_no_bullet():
    # A Word table laid out to PDF: the dates in the left cell, title, employer and bullets in
    # the right one, all starting where the title starts.
    def at(number, text, x, cells=(), bullet=False):
        return Line(text, 1, number, bullet=bullet, x=x, size=11.0, cells=cells or (x,))

    lines = [
        Line("Jonas Berg", 1, 1, title=True, heading=True, size=22.0, x=90.0),
        at(2, "Experience", 90.0),
        at(3, "2020 – present\tLead Backend Engineer", 90.0, (90.0, 306.0)),
        at(4, "Klarna, Stockholm", 306.0),
        at(5, "Cut checkout latency by 40%", 306.0, bullet=True),
        at(6, "2016 – 2020\tSoftware Engineer", 90.0, (90.0, 306.0)),
        at(7, "Volvo Cars, Göteborg", 306.0),
        at(8, "Built the telemetry pipeline", 306.0, bullet=True),
    ]
    result = CutResult()
    cut_lines(lines, result)
    roles = [(r.title, r.employer, r.location) for r in result.records if isinstance(r, Role)]
    assert roles == [
        ("Lead Backend Engineer", "Klarna", "Stockholm"),
        ("Software Engineer", "Volvo Cars", "Göteborg"),
    ]
    bullets = [r.headline for r in result.records if type(r).__name__ == "Accomplishment"]
    assert bullets == ["Cut checkout latency by 40%", "Built the telemetry pipeline"]


def test_a_name_set_in_capitals_for_show_is_kept_as_a_person_writes_it():
    lines = [
        Line("ANNA-KARIN VON ESSEN", 1, 1, title=True, heading=True, size=22.0),
        _line(2, "anna-karin@example.se"),
    ]
    profile, _, _ = _profile(lines)
    assert profile.name == "Anna-Karin von Essen"


def test_a_period_said_with_words_around_it_leaves_no_words_behind():
    from resume_builder.domain.dates import PRESENT, PartialDate
    from resume_builder.services.importing.resume_file.vocabulary import find_dates

    found = find_dates("From 2017 to 2019")
    assert (found.start, found.end, found.rest) == (PartialDate(2017), PartialDate(2019), "")
    found = find_dates("Konsult\t2018 – dags dato")
    assert (found.start, found.end, found.rest) == (PartialDate(2018), PRESENT, "Konsult")
