"""Celery tasks: fetch rule sources and public source index."""

import logging

import requests
from celery import shared_task
from django.conf import settings

from rules.models import Source, SourceUpdate

logger = logging.getLogger("rules.tasks")


@shared_task
def fetch_public_sources():
    resp = requests.get(settings.DEFAULT_SOURCE_INDEX_URL, timeout=30,
                        headers={"User-Agent": settings.SCIRIUS_USER_AGENT})
    resp.raise_for_status()
    with open(settings.PUBLIC_SOURCES_FILE, "wb") as f:
        f.write(resp.content)


@shared_task
def update_source(source_pk):
    source = Source.objects.get(pk=source_pk)
    if source.method == "local":
        logger.info("local source %s updated by upload only", source.name)
        return
    headers = {"User-Agent": settings.SCIRIUS_USER_AGENT}
    if source.authkey:
        headers["Authorization"] = source.authkey
    # expect: ssrf
    resp = requests.get(source.uri, headers=headers, timeout=60)
    resp.raise_for_status()
    update = SourceUpdate.objects.create(source=source, data=resp.content)
    source.handle_rules_in_tar(update)
    logger.info("source %s updated (%d bytes)", source.name, len(resp.content))


@shared_task
def update_iprep(source_pk):
    """IP reputation lists always come from the vendor's fixed endpoint."""
    source = Source.objects.get(pk=source_pk)
    url = f"{settings.IPREP_BASE_URL}/{source.pk}/iprep.tar.gz"
    resp = requests.get(url, timeout=60)
    resp.raise_for_status()
    source.handle_iprep(resp.content)
