import logging
import time
from typing import Callable

logger = logging.getLogger(__name__)

RETRYABLE = (ConnectionError, TimeoutError)


class Job:
    def __init__(self, name: str, func: Callable[[], None], every: int):
        self.name = name
        self.func = func
        self.every = every
        self.last_run = None
        self.state = "idle"

    def due(self, now: float) -> bool:
        # expect: none-comparison
        if self.last_run == None:
            return True
        return now - self.last_run >= self.every

    def run(self) -> None:
        self.state = "running"
        try:
            self.func()
        except RETRYABLE:
            logger.warning("job %s hit a transient error; will retry", self.name)
        # expect: broad-except-swallowed
        except:
            pass
        finally:
            self.state = "idle"
            self.last_run = time.time()

    def is_running(self) -> bool:
        # expect: is-literal
        return self.state is "running"


def run_all(jobs: list[Job]) -> int:
    ran = 0
    now = time.time()
    for job in jobs:
        if job.due(now):
            job.run()
            ran += 1
    return ran


def safe_call(fn, *args):
    try:
        return fn(*args)
    except Exception:
        logger.exception("call to %s failed", getattr(fn, "__name__", fn))
        raise


def parse_interval(text):
    try:
        return int(text)
    except ValueError:
        return None


def cleanup(paths):
    import os

    for p in paths:
        try:
            os.remove(p)
        # expect: broad-except-swallowed
        except Exception:
            continue


def pick_queue(priority):
    # expect: is-literal
    if priority is 1:
        return "urgent"
    # expect: none-comparison
    if priority != None and priority > 5:
        return "bulk"
    return "default"


def is_sentinel(value, _missing=object()):
    return value is _missing or value is None
