"""A time limit for work on one input (a file's rules and secret scan), in CPU seconds of the
thread doing the work: on a busy machine a file is not skipped for the time other programs (or
the server's other threads) took.

Checked between steps, so the limit is exceeded by at most one step; every step that
runs on input postil does not control is linear in its size, which keeps that short."""

from __future__ import annotations

import time


_LIMIT = "(the time limit per file)"


class TimeLimitExceeded(Exception):
    """Work on one input ran past its time limit; the message says which work."""


def ran_out_of_time(skipped: str | None) -> bool:
    """Whether a file was skipped (``skipped``: the reason) because its check passed the limit."""
    return skipped is not None and skipped.endswith(_LIMIT)


class Deadline:
    """``check(what)`` raises :class:`TimeLimitExceeded` once the thread has used ``seconds`` of
    CPU time since the deadline was made (made and checked in the thread doing the work)."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._at = time.thread_time() + seconds
        # a thread cannot use more CPU time than the time that passed: until ``seconds`` have
        # passed on the clock (~0.1 us to read) the thread's CPU clock (a system call, ~1.3 us;
        # a handler's check asks ~20 times) is not read
        self._not_before = time.perf_counter() + seconds

    def check(self, what: str) -> None:
        if time.perf_counter() >= self._not_before and time.thread_time() > self._at:
            raise TimeLimitExceeded(past_the_limit(what, self.seconds))


def past_the_limit(what: str, seconds: float) -> str:
    """Why a file was skipped when ``what`` (the work) ran past its limit of ``seconds``."""
    return f"{what} took more than {seconds:g} s of CPU time {_LIMIT}"
