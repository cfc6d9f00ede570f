"""Kills a saving process at random moments and fills the disk; the database must survive."""

import random
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from resume_builder.domain.models import Accomplishment, Skill
from resume_builder.storage.repository import DB_NAME, Repository

SAVER = textwrap.dedent(
    """
    import sys
    from resume_builder.domain.models import Skill
    from resume_builder.storage.repository import Repository
    repo = Repository.open(sys.argv[1])
    counter = repo.find_skill("counter")
    n = int(counter.level)
    print("ready", flush=True)
    while True:
        n += 1
        counter.level = str(n)
        repo.put(counter)           # returns once the save is on disk
        print(n, flush=True)        # acknowledged
    """
)

FILL_DISK = textwrap.dedent(
    """
    import resource, sys
    from resume_builder.domain.models import Accomplishment
    from resume_builder.storage.errors import SaveError
    from resume_builder.storage.repository import Repository
    repo = Repository.open(sys.argv[1])
    limit = int(sys.argv[2])
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    try:
        repo.put_many([Accomplishment(headline="x" * 1000) for _ in range(500)])
    except SaveError as exc:
        print("refused:", exc, flush=True)
        print("dirty" if repo.dirty else "clean", flush=True)
        print(repo.count(Accomplishment), flush=True)
    """
)


def _seed(data_dir, accomplishments: int) -> None:
    with Repository.open(data_dir) as repo:
        records = [Skill(name="counter", level="0")]
        records += [
            Accomplishment(headline=f"Delivered result {i} with 25% gain", notes="n" * 400)
            for i in range(accomplishments)
        ]
        repo.put_many(records)


@pytest.mark.slow
def test_killing_a_saving_process_never_loses_the_database(tmp_path):
    _seed(tmp_path, 600)
    rng = random.Random(20261123)
    kills = 0
    mid_save_kills = 0
    while kills < 200:
        child = subprocess.Popen(
            [sys.executable, "-c", SAVER, str(tmp_path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert child.stdout.readline().strip() == "ready", child.stderr.read()
        time.sleep(rng.uniform(0.0, 0.06))
        child.send_signal(signal.SIGKILL)
        out, _ = child.communicate()
        kills += 1
        acknowledged = [int(line) for line in out.split() if line.isdigit()]
        temps = list(tmp_path.glob(f".{DB_NAME}.tmp-*"))
        mid_save_kills += bool(temps)
        with Repository.open(tmp_path) as repo:  # raises if the file were damaged
            stored = int(repo.find_skill("counter").level)
            assert repo.count(Accomplishment) == 600
        assert not list(tmp_path.glob(f".{DB_NAME}.tmp-*")), "stale temp file survived a start"
        if acknowledged:
            # the last acknowledged save, or the one in flight when the kill came
            assert stored in (acknowledged[-1], acknowledged[-1] + 1)
        last_state = stored
    assert last_state > 0
    # The kills must really have hit saves in progress, or the test proves nothing.
    assert mid_save_kills >= 20, mid_save_kills


def test_full_disk_leaves_the_database_intact(tmp_path):
    _seed(tmp_path, 10)
    before = (tmp_path / DB_NAME).read_bytes()
    limit = len(before) + 50_000  # room for the old size, not for 500 more bullets
    result = subprocess.run(
        [sys.executable, "-c", FILL_DISK, str(tmp_path), str(limit)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    lines = result.stdout.splitlines()
    assert lines and lines[0].startswith("refused:"), result.stderr
    assert "larger than the system allows" in lines[0]
    assert lines[1] == "dirty" and lines[2] == "510"  # the edits were kept in memory
    assert (tmp_path / DB_NAME).read_bytes() == before
    assert not list(tmp_path.glob(f".{DB_NAME}.tmp-*"))
    with Repository.open(tmp_path) as repo:
        assert repo.count(Accomplishment) == 10
