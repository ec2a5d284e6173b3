"""Celery tasks: consumption of uploaded files."""
import logging
from pathlib import Path

from celery import shared_task
from django.conf import settings

from documents.models import Document
from documents.parsers import make_thumbnail, run_convert

logger = logging.getLogger("paperless.tasks")


@shared_task
def consume_file(path, overrides=None):
    overrides = overrides or {}
    source = Path(path)
    thumb = source.with_suffix(".webp")

    title = overrides.get("title") or source.stem
    density = overrides.get("density", settings.CONVERT_DENSITY)
    try:
        run_convert(str(source), str(source.with_suffix(".pdf")), density=density, comment=title)
        make_thumbnail(str(source), str(thumb))
    finally:
        logger.info("Consumption finished for upload %s", source.name)

    doc = Document.objects.create(title=title[:128], correspondent_id=overrides.get("correspondent_id"))
    return doc.pk
