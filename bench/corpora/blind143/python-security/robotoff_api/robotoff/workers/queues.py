"""rq queues: jobs of one product always go to the same high-priority queue."""
from redis import Redis
from rq import Queue

from robotoff import settings

_redis = Redis.from_url(settings.REDIS_URL)
high_queues = [Queue(f"robotoff-high-{i}", connection=_redis) for i in range(settings.NUM_HIGH_QUEUES)]


def get_high_queue(barcode):
    return high_queues[hash(barcode) % len(high_queues)]


def enqueue_job(func, job_kwargs, queue=None):
    queue = queue or get_high_queue(job_kwargs.get("barcode", ""))
    return queue.enqueue(func, job_timeout=300, **job_kwargs)
