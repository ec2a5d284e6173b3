"""Celery jobs that refresh cached campus data."""
import json
import subprocess

from celery import shared_task
from django.conf import settings

from .models import Util

CAMPUSES = ("hefei", "xuancheng", "feixi")


@shared_task
def refresh_timetable(campus):
    if campus not in CAMPUSES:
        return None
    out = subprocess.run(
        [settings.SPIDER_BIN, "--campus", campus, "--json"],
        capture_output=True, text=True, check=True, timeout=300,
    )
    value = json.loads(out.stdout)
    Util.objects.update_or_create(name=f"timetable_{campus}", defaults={"value": value})
    return len(value)


@shared_task
def refresh_all():
    for campus in CAMPUSES:
        refresh_timetable.delay(campus)


@shared_task
def prune_notices(keep=200):
    from .models import Notice

    ids = list(Notice.objects.order_by("-time").values_list("id", flat=True)[: int(keep)])
    return Notice.objects.exclude(id__in=ids).delete()[0]
