"""The command line reads dates through the same reader as the editors: its imports take
"May 2019", "05/2019" and "nu", and a LinkedIn cell that holds no date is a warning."""

import json
import os
import subprocess
import sys


def run_cli(*args):
    result = subprocess.run(
        [sys.executable, "-m", "resume_builder", *map(str, args)],
        capture_output=True,
        text=True,
        env=dict(os.environ),
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result


def test_imports_from_the_command_line_read_dates_as_people_write_them(tmp_path):
    data = tmp_path / "data"
    resume = tmp_path / "cv.json"
    resume.write_text(
        json.dumps(
            {
                "work": [
                    {"name": "Acme", "position": "CTO", "startDate": "May 2019", "endDate": "nu"},
                    {"name": "Beta", "position": "Dev", "startDate": "05/2015", "endDate": "2019"},
                ]
            }
        ),
        encoding="utf-8",
    )
    run_cli("import", "jsonresume", resume, "--data-dir", data)

    export = tmp_path / "linkedin"
    export.mkdir()
    (export / "Positions.csv").write_text(
        "Company Name,Title,Started On,Finished On\nGamma,Lead,Smarch 2012,okt 2014\n",
        encoding="utf-8",
    )
    linkedin = run_cli("import", "linkedin", export, "--data-dir", data)
    assert "Positions.csv row 2: “Started On” left empty: “Smarch 2012” is not a date" in (
        linkedin.stderr
    )

    roles = run_cli("list", "roles", "--data-dir", data).stdout.splitlines()
    assert [line.split("  ")[0].strip() for line in roles] == [
        "2019-05 – present",
        "2015-05 – 2019",
        "2014-10",
    ]


def test_dates_written_differently_import_and_impossible_ones_are_left_empty_with_a_warning(
    tmp_path,
):
    data = tmp_path / "data"
    resume = tmp_path / "dates.json"
    starts_and_ends = [
        ("01/2019", "Present"),
        ("2019/01", "present"),
        ("March 2020", "now"),
        ("Mar 2020", "2021-06-30T17:00:00Z"),
        ("mars 2016", "okt 2018"),
        ("2019-13", "19/13/2020"),
        ("0000", "2015"),
    ]
    work = [
        {"name": f"Firm {n}", "position": "Lead", "startDate": start, "endDate": end}
        for n, (start, end) in enumerate(starts_and_ends)
    ]
    resume.write_text(json.dumps({"work": work}), encoding="utf-8")
    result = run_cli("import", "jsonresume", resume, "--data-dir", data)
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning: ")]
    assert [w.split(" left empty: ")[0] for w in warnings] == [
        "warning: dates.json: work[5].startDate:",
        "warning: dates.json: work[5].endDate:",
        "warning: dates.json: work[6].startDate:",
    ]
    assert "“2019-13” is not a date" in warnings[0] and "“19/13/2020”" in warnings[1]
    assert "“0000” is not a date (year 0 is out of range)" in warnings[2]
    roles = json.loads(run_cli("list", "roles", "--json", "--data-dir", data).stdout)
    periods = {r["employer"]: (r["start"], r["end"]) for r in roles}
    assert periods == {
        "Firm 0": ("2019-01", "present"),
        "Firm 1": ("2019-01", "present"),
        "Firm 2": ("2020-03", "present"),
        "Firm 3": ("2020-03", "2021-06-30"),
        "Firm 4": ("2016-03", "2018-10"),
        "Firm 5": (None, None),
        "Firm 6": (None, "2015"),
    }
