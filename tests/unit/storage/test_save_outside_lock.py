"""Saves encode under the repository's lock and write outside it, in order, one at a time."""

import json
import threading
import time

import pytest

from resume_builder.domain.models import Accomplishment, Skill
from resume_builder.storage.atomic import atomic_write_bytes
from resume_builder.storage.errors import SaveError
from resume_builder.storage.repository import Repository


class GatedWriter:
    """Writes for real, but only once the test opens the gate; records every write."""

    def __init__(self):
        self.entered = threading.Event()
        self.gate = threading.Event()
        self.active = 0
        self.overlapped = False
        self.counters: list[int] = []
        self._lock = threading.Lock()

    def __call__(self, path, data):
        with self._lock:
            self.active += 1
            self.overlapped |= self.active > 1
        self.entered.set()
        try:
            assert self.gate.wait(10), "the test never opened the gate"
            atomic_write_bytes(path, data)
            self.counters.append(json.loads(data)["meta"]["save_counter"])
        finally:
            with self._lock:
                self.active -= 1


def _background_save(repo):
    errors = []

    def run():
        try:
            repo.save()
        except Exception as exc:  # noqa: BLE001 - handed to the test thread
            errors.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    return thread, errors


def _stored_skill_names(data_dir):
    with Repository.open(data_dir, read_only=True) as reader:
        return {s.name for s in reader.all(Skill)}


def test_a_change_during_a_write_does_not_wait_and_stays_dirty_for_the_next_save(tmp_path):
    with Repository.open(tmp_path) as repo:
        repo.autosave = False
        repo.put(Skill(name="Go"))
        writer = GatedWriter()
        repo.writer = writer
        thread, errors = _background_save(repo)
        assert writer.entered.wait(5)
        start = time.perf_counter()
        repo.put(Skill(name="Rust"))  # the write is stuck, yet the records are free
        assert repo.get(Skill, repo.find_skill("Rust").id) is not None
        took = time.perf_counter() - start
        writer.gate.set()
        thread.join(5)
        assert not errors and took < 1.0
        assert repo.dirty, "the change made after encoding is not on disk yet"
        assert _stored_skill_names(tmp_path) == {"Go"}
        counter = repo.save_counter
        repo.save()
        assert not repo.dirty and repo.save_counter == counter + 1
    assert _stored_skill_names(tmp_path) == {"Go", "Rust"}


def test_a_save_with_no_change_since_it_encoded_clears_dirty(tmp_path):
    with Repository.open(tmp_path) as repo:
        repo.autosave = False
        repo.put(Skill(name="Go"))
        counter = repo.save_counter
        repo.save()
        assert not repo.dirty and repo.save_counter == counter + 1


def test_concurrent_saves_write_one_at_a_time_and_never_an_older_state_last(tmp_path):
    with Repository.open(tmp_path) as repo:
        repo.autosave = False
        writer = GatedWriter()
        repo.writer = writer
        threads = []
        for i in range(6):
            repo.put(Skill(name=f"Skill {i}"))
            threads.append(_background_save(repo))
        assert writer.entered.wait(5)
        repo.put(Accomplishment(headline="Added while the saves queue"))
        writer.gate.set()
        for thread, errors in threads:
            thread.join(10)
            assert not errors
        assert not writer.overlapped
        assert writer.counters == sorted(writer.counters)
        assert len(set(writer.counters)) == len(writer.counters)  # each save its own number
        assert repo.save_counter == writer.counters[-1]
        assert not repo.dirty  # the last save encoded after the last change
    with Repository.open(tmp_path, read_only=True) as reader:
        assert reader.count(Skill) == 6 and reader.count(Accomplishment) == 1


def test_a_failed_write_keeps_dirty_and_lets_the_next_save_write(tmp_path):
    with Repository.open(tmp_path) as repo:
        repo.autosave = False
        repo.put(Skill(name="Go"))
        counter = repo.save_counter

        def full_disk(path, data):
            raise OSError(28, "No space left on device", str(path))

        repo.writer = full_disk
        with pytest.raises(SaveError, match="disk is full"):
            repo.save()
        assert repo.dirty and repo.last_save_error is not None
        assert repo.save_counter == counter
        repo.writer = atomic_write_bytes
        repo.save()  # the failed turn was given back
        assert not repo.dirty and repo.last_save_error is None
    assert _stored_skill_names(tmp_path) == {"Go"}


def test_an_autosaving_batch_saves_while_a_background_save_writes(tmp_path):
    with Repository.open(tmp_path) as repo:
        repo.autosave = False
        repo.put(Skill(name="Go"))
        writer = GatedWriter()
        repo.writer = writer
        thread, errors = _background_save(repo)
        assert writer.entered.wait(5)
        repo.autosave = True
        opened = threading.Timer(0.2, writer.gate.set)
        opened.start()
        with repo.batch():  # its save waits for the turn without holding the records
            repo.put(Skill(name="Rust"))
        thread.join(5)
        opened.join()
        assert not errors and not repo.dirty
    assert _stored_skill_names(tmp_path) == {"Go", "Rust"}
