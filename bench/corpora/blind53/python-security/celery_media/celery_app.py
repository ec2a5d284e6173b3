"""Celery application for the media pipeline."""
import os

from celery import Celery

celery = Celery(
    "media",
    broker=os.environ.get("CELERY_BROKER_URL", "redis://redis:6379/0"),
    backend=os.environ.get("CELERY_RESULT_BACKEND", "redis://redis:6379/1"),
)
celery.conf.update(
    task_serializer="json",
    accept_content=["json"],
    result_serializer="json",
    task_acks_late=True,
    worker_prefetch_multiplier=1,
)
celery.conf.task_routes = {
    "media.tasks.transcode": {"queue": "video"},
    "media.tasks.transcode_argv": {"queue": "video"},
    "media.tasks.archive": {"queue": "slow"},
}
celery.conf.beat_schedule = {
    "purge-tmp-nightly": {"task": "media.maintenance.purge_tmp", "schedule": 24 * 3600},
}
celery.autodiscover_tasks(["media"])


@celery.task(name="media.maintenance.purge_tmp")
def purge_tmp():
    import shutil

    shutil.rmtree("/srv/media/tmp", ignore_errors=True)
