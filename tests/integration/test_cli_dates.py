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
