"""Retry with exponential backoff for flaky network calls."""
from __future__ import annotations

import functools
import logging
import random
import time
from typing import Callable, TypeVar

T = TypeVar("T")
log = logging.getLogger(__name__)


class RetryError(RuntimeError):
    """Raised when every attempt failed."""


def retry(times: int = 3, base: float = 0.2, exceptions: tuple[type[BaseException], ...] = (OSError,)):
    def decorate(fn: Callable[..., T]) -> Callable[..., T]:
        @functools.wraps(fn)
        def wrapper(*args, **kwargs) -> T:
            last: BaseException | None = None
            for attempt in range(times):
                try:
                    return fn(*args, **kwargs)
                except exceptions as exc:
                    last = exc
                    delay = base * (2 ** attempt) * random.uniform(0.8, 1.2)
                    log.debug("attempt %d of %s failed (%s); sleeping %.2fs", attempt + 1, fn.__name__, exc, delay)
                    time.sleep(delay)
            raise RetryError(f"{fn.__name__} failed after {times} attempts") from last

        return wrapper

    return decorate
