"""Queues: RQ for exports, Dramatiq for notifications."""
import os

import dramatiq
from dramatiq.brokers.redis import RedisBroker
from redis import Redis
from rq import Queue

redis_conn = Redis.from_url(os.environ.get("REDIS_URL", "redis://redis:6379/0"))
exports_queue = Queue("exports", connection=redis_conn, default_timeout=900)

dramatiq.set_broker(RedisBroker(url=os.environ.get("REDIS_URL", "redis://redis:6379/0")))


def enqueue_export(func, *args, **kwargs):
    """Wrapper used by the API so tests can swap the queue."""
    return exports_queue.enqueue(func, *args, **kwargs)


def enqueue_later(seconds: int, func, *args):
    from datetime import timedelta

    return exports_queue.enqueue_in(timedelta(seconds=seconds), func, *args)


def failed_job_ids() -> list[str]:
    return list(exports_queue.failed_job_registry.get_job_ids())


def requeue_failed() -> int:
    ids = failed_job_ids()
    for job_id in ids:
        exports_queue.failed_job_registry.requeue(job_id)
    return len(ids)
