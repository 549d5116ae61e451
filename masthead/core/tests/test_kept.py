"""Kept: a process's copies reload when their version moves, and tests forget them all at once."""

import pytest
import time_machine

from masthead.core import versions
from masthead.core.kept import Kept


class Counter:
    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, *key):
        self.calls += 1
        return (self.calls, key)


@pytest.fixture
def stamp_dir(settings, tmp_path):
    settings.DATA_DIR = tmp_path
    settings.REDIS_URL = ""


def test_a_stamped_copy_is_loaded_once_until_another_process_bumps_the_stamp(stamp_dir):
    load = Counter()
    kept = Kept(load, version="test-sections")
    assert kept.get() == kept.get() == (1, ())
    versions.bump("test-sections")  # as another process does after its commit
    assert kept.get() == (2, ())
    assert load.calls == 2


def test_keys_are_kept_apart_and_the_oldest_goes_past_the_size():
    load = Counter()
    kept = Kept(load, size=2)
    kept.get("en"), kept.get("ar")
    assert kept.get("en") == (1, ("en",))
    kept.get("fr")  # "en" was loaded first
    assert kept.get("ar") == (2, ("ar",)) and kept.get("en") == (4, ("en",))


def test_a_callable_version_and_a_loader_given_per_call():
    current = {"en": 1}
    kept = Kept(version=lambda language: current[language])
    assert kept.get("en", load=lambda: "first") == "first"
    assert kept.get("en", load=lambda: "second") == "first"
    current["en"] = 2
    assert kept.get("en", load=lambda: "third") == "third"


def test_max_age_reloads_an_old_copy():
    load = Counter()
    kept = Kept(load, max_age=30)
    with time_machine.travel(1_000_000, tick=False) as clock:
        kept.get()
        clock.shift(29)
        assert kept.get() == (1, ())
        clock.shift(2)
        assert kept.get() == (2, ())


def test_forget_all_drops_every_copy():
    first, second = Kept(Counter()), Kept(Counter())
    first.get(), second.get()
    Kept.forget_all()
    assert first.get() == (2, ()) and second.get() == (2, ())
