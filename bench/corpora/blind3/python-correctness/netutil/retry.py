"""Retry helpers for flaky network calls."""

from __future__ import annotations

import logging
import random
import time
from typing import Callable, TypeVar

T = TypeVar("T")
log = logging.getLogger(__name__)


def retry(fn: Callable[[], T], attempts: int = 3, delay: float = 0.5) -> T:
    last: Exception | None = None
    for i in range(attempts):
        try:
            return fn()
        except (ConnectionError, TimeoutError) as exc:
            last = exc
            time.sleep(delay * (2 ** i) + random.random() / 10)
    raise RuntimeError(f"gave up after {attempts} attempts") from last


def retry_quietly(fn: Callable[[], T], attempts: int = 3) -> T | None:
    for _ in range(attempts):
        try:
            return fn()
        finally:
            # expect: return-in-finally
            return None


def check_response(resp) -> None:
    try:
        # expect: swallowed-assert
        assert resp.status_code == 200, resp.text
    except:  # noqa: E722
        pass


def check_response_logged(resp) -> bool:
    try:
        resp.raise_for_status()
    except Exception:
        log.exception("bad response")
        return False
    return True


def callbacks(n: int) -> list[Callable[[], int]]:
    out = []
    for i in range(n):
        # expect: late-binding-closure
        out.append(lambda: i * 2)
    return out


def callbacks_bound(n: int) -> list[Callable[[], int]]:
    return [lambda i=i: i * 2 for i in range(n)]


def validate(config: dict) -> None:
    # expect: assert-tuple
    assert (config.get("timeout", 0) > 0, "timeout must be positive")
    if config.get("retries", 0) < 0:
        raise ValueError("retries must be >= 0")
