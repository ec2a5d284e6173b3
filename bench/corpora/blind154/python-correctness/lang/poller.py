"""Polls the job queue and hands jobs to workers."""
import logging
import time

from .queue import QueueEmpty, claim_next, release
from .workers import TransientError, run_job

log = logging.getLogger(__name__)


def drain(queue, limit=100):
    handled = 0
    while handled < limit:
        job = claim_next(queue)
        # expect: swallowed-exception
        try:
            run_job(job)
            handled += 1
        except TransientError:
            log.warning("job %s will be retried", job.id)
        finally:
            release(job)
            break
    return handled


def first_ready(queues):
    for queue in queues:
        # expect: swallowed-exception
        try:
            job = claim_next(queue)
        except QueueEmpty:
            continue
        finally:
            break
    return None


def wait_for(queue, attempts=5):
    for attempt in range(attempts):
        # expect: swallowed-exception
        try:
            return claim_next(queue)
        except QueueEmpty:
            time.sleep(2 ** attempt)
        finally:
            log.debug("attempt %d", attempt)
            break


def drain_safe(queue, limit=100):
    handled = 0
    while handled < limit:
        try:
            job = claim_next(queue)
        except QueueEmpty:
            break
        try:
            run_job(job)
            handled += 1
        except TransientError:
            log.warning("job %s will be retried", job.id)
        finally:
            release(job)
    return handled
