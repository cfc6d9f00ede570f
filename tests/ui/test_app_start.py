"""Start-up holds the cycle collector off only until the window is up."""

from __future__ import annotations

import gc

from resume_builder.app import _PausedCollector


def test_the_collector_runs_again_after_start_up_and_only_once_resumed():
    assert gc.isenabled()
    paused = _PausedCollector()
    try:
        assert not gc.isenabled()
    finally:
        paused.resume()
    assert gc.isenabled()
    gc.disable()  # someone else's pause: a second resume must not end it
    try:
        paused.resume()
        assert not gc.isenabled()
    finally:
        gc.enable()
        gc.unfreeze()


def test_a_collector_that_was_off_stays_off():
    gc.disable()
    try:
        paused = _PausedCollector()
        paused.resume()
        assert not gc.isenabled()
    finally:
        gc.enable()
        gc.unfreeze()


def test_writing_hints_are_read_when_first_used_and_say_the_same():
    from resume_builder import paths
    from resume_builder.domain.hints import load_default_hints
    from resume_builder.ui.when_first_used import make_writing_hints

    lazy = make_writing_hints()
    assert lazy._hints is None  # nothing read while the window opens
    headline = "I was responsible for helping with the migration"
    expected = load_default_hints(paths.resource("data")).check(headline)
    assert lazy.check(headline) == expected and expected
