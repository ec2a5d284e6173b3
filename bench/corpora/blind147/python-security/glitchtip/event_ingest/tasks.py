"""Celery tasks that store events and resolve source maps."""
import logging
import os

from celery import shared_task
from django.conf import settings

from issues.models import Issue, IssueEvent

logger = logging.getLogger(__name__)


@shared_task
def ingest_event(project_id, event, event_id):
    culprit = event.get("culprit", "")[:1024]
    issue, _ = Issue.objects.get_or_create(project_id=project_id, culprit=culprit,
                                           defaults={"title": event.get("message", culprit)[:255]})
    IssueEvent.objects.create(id=event_id, issue=issue, data=event)
    logger.info("stored event %s on issue %s", event_id, issue.pk)


@shared_task
def symbolicate_event(project_id, release, frames):
    root = os.path.join(settings.MEDIA_ROOT, "sourcemaps", str(int(project_id)))
    for frame in frames:
        abs_path = frame.get("abs_path", "")
        map_name = abs_path.rsplit("/", 1)[-1] + ".map"
        map_path = os.path.join(root, release, map_name)
        if not os.path.exists(map_path):
            continue
        # expect: path-traversal
        with open(map_path, encoding="utf-8") as fh:
            frame["sourcemap"] = fh.read(200_000)


@shared_task
def cleanup_sourcemaps(project_id, release_id):
    from sourcemaps.models import ReleaseFile

    for rf in ReleaseFile.objects.filter(release_id=int(release_id), release__project_id=int(project_id)):
        path = os.path.join(settings.MEDIA_ROOT, "sourcemaps", str(rf.pk))
        if os.path.exists(path):
            os.remove(path)
        rf.delete()
