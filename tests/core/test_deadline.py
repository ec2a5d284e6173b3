"""The per-file time limit counts the CPU the check itself used: on a machine busy with other
programs (or a server whose other threads work) a file is not skipped for their time."""

from __future__ import annotations

import threading
import time

import pytest

from postil.core.deadline import Deadline, TimeLimitExceeded


def _spin(seconds: float) -> None:
    end = time.thread_time() + seconds
    while time.thread_time() < end:
        pass


def test_time_the_checking_thread_spends_waiting_or_another_thread_spends_working_is_not_counted():
    deadline = Deadline(0.3)
    time.sleep(0.5)  # the check's thread not running, as on a busy machine
    other = threading.Thread(target=_spin, args=(0.5,))
    other.start()
    other.join()
    deadline.check("the rules")  # no exception: this thread used almost no CPU


def test_the_checking_threads_own_cpu_time_past_the_limit_stops_it():
    deadline = Deadline(0.2)
    _spin(0.3)
    with pytest.raises(TimeLimitExceeded, match="the rules took more than 0.2 s of CPU time"):
        deadline.check("the rules")


def test_checks_before_the_limits_time_has_passed_do_not_read_the_cpu_clock(monkeypatch):
    """A file's check asks the deadline ~20 times; reading the thread's CPU clock is a system call
    each time, and no thread can have used more CPU than the time that passed."""
    import postil.core.deadline as deadline_module

    reads = []
    real = time.thread_time
    monkeypatch.setattr(deadline_module.time, "thread_time", lambda: reads.append(1) or real())
    deadline = Deadline(60.0)
    for _ in range(100):
        deadline.check("the rules")
    assert len(reads) == 1  # the one that started the deadline
