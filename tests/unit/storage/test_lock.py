import os
import subprocess
import sys
import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from resume_builder.storage.errors import LockedError
from resume_builder.storage.repository import Repository

HOLD = textwrap.dedent(
    """
    import sys, time
    from resume_builder.storage.repository import Repository
    repo = Repository.open(sys.argv[1])
    print("ready", flush=True)
    time.sleep(60)
    """
)


def test_second_instance_is_refused_with_the_holder_named(tmp_path):
    with Repository.open(tmp_path), pytest.raises(LockedError) as caught:
        Repository.open(tmp_path)
    import os

    assert f"process {os.getpid()}" in str(caught.value)
    assert "already open" in str(caught.value)


def test_lock_is_released_on_close(tmp_path):
    Repository.open(tmp_path).close()
    Repository.open(tmp_path).close()


def test_readers_do_not_need_the_lock(tmp_path):
    with Repository.open(tmp_path):
        reader = Repository.open(tmp_path, read_only=True)
        assert reader.read_only


def test_lock_of_a_killed_process_is_recovered(tmp_path):
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(tmp_path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout.readline().strip() == "ready"
        with pytest.raises(LockedError, match=f"process {child.pid}"):
            Repository.open(tmp_path)
    finally:
        child.kill()
        child.wait()
    assert (tmp_path / "resume-builder.lock").exists()  # left behind by the crash
    with Repository.open(tmp_path) as repo:
        assert not repo.read_only


def test_a_lock_taken_before_opening_is_the_one_the_repository_holds(tmp_path):
    from resume_builder.storage.lock import DataFolderLock

    lock = DataFolderLock(tmp_path)
    lock.acquire()  # as the window does before it shows
    repository = Repository.open(tmp_path, lock=lock)
    with pytest.raises(LockedError):
        Repository.open(tmp_path)
    repository.close()
    assert not lock.held
    Repository.open(tmp_path).close()


def test_a_lock_taken_before_is_given_up_when_opening_fails(tmp_path):
    from resume_builder.storage.errors import CorruptDatabaseError
    from resume_builder.storage.lock import DataFolderLock
    from resume_builder.storage.repository import database_path

    database_path(tmp_path).write_bytes(b"damaged")
    lock = DataFolderLock(tmp_path)
    lock.acquire()
    with pytest.raises(CorruptDatabaseError):
        Repository.open(tmp_path, lock=lock)
    assert not lock.held
    Repository.open(tmp_path, lock=lock).close()  # taken again to open the fresh start


@settings(max_examples=200, deadline=None)
@given(host=st.text(), pid=st.integers(min_value=0, max_value=2**31))
def test_the_holder_details_are_json_whatever_the_host_is_called(host, pid):
    """Written without the json module (the window's start does without it), read with it."""
    import json

    from resume_builder.storage.lock import _holder_json

    written = _holder_json(pid, host, "2026-12-02T03:05:17+00:00")
    assert json.loads(written) == {"pid": pid, "host": host, "since": "2026-12-02T03:05:17+00:00"}


def test_the_holder_is_named_with_the_time_it_took_the_folder(tmp_path):
    import re

    from resume_builder.storage.lock import DataFolderLock

    holder = DataFolderLock(tmp_path)
    holder.acquire()
    try:
        told = DataFolderLock(tmp_path).describe_holder()
    finally:
        holder.release()
    assert re.fullmatch(
        rf"process {os.getpid()} on .+ since \d{{4}}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00", told
    ), told
