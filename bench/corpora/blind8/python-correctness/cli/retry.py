# library: standard library (time, functools)
"""Retry decorator and helpers."""
import functools
import logging
import time

log = logging.getLogger(__name__)


def retry(times=3, exceptions=(ConnectionError, TimeoutError), delay=0.5):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs)
                except exceptions:
                    if attempt == times:
                        raise
                    log.warning("attempt %d of %s failed", attempt, fn.__name__)
                    time.sleep(delay * attempt)
        return wrapper
    return decorate


def best_effort(fn, *args):
    try:
        return fn(*args)
    # expect: swallowed-exception
    except Exception:
        return None


def close_quietly(resource):
    try:
        resource.close()
    except OSError:
        pass


def wait_until(predicate, timeout=10.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return False


def result_or_default(future, default=None):
    # expect: eq-none
    if future.exception() != None:
        return default
    return future.result()


def same_config(a, b):
    # expect: is-literal
    return a is b or a.get("name") is "default"
