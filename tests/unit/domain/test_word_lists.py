"""Reading the word lists the app ships."""

from resume_builder.domain.word_lists import read_word_list


def test_entries_are_stripped_lines_without_blanks_or_comments(tmp_path):
    path = tmp_path / "words.txt"
    path.write_text(
        "\ufeff# a heading comment\nled\n\n  Built \n   # an indented comment\nIT\n", "utf-8"
    )
    assert read_word_list(path) == ["led", "Built", "IT"]
