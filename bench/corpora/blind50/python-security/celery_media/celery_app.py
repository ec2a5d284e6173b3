"""Celery application of the media service."""
import os

from celery import Celery

celery = Celery(
    "media",
    broker=os.environ.get("MEDIA_BROKER_URL", "redis://127.0.0.1:6379/0"),
    backend=os.environ.get("MEDIA_RESULT_URL", "redis://127.0.0.1:6379/1"),
)
celery.conf.task_serializer = "json"
celery.conf.accept_content = ["json"]
celery.conf.result_serializer = "json"
