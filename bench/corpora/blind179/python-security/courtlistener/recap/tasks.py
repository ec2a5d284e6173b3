"""Celery tasks that turn uploaded PACER pages into dockets and documents."""
import json
import logging

from celery import shared_task
from defusedxml import ElementTree as SafeET
from lxml import etree, html

from cl.recap.mergers import merge_attachment_page, merge_docket, merge_rss_entries
from cl.recap.models import PROCESSING_STATUS, ProcessingQueue, UPLOAD_TYPE

logger = logging.getLogger(__name__)


def mark_pq_status(pq, msg, status):
    pq.error_message = msg
    pq.status = status
    pq.save(update_fields=["error_message", "status"])


@shared_task(bind=True, max_retries=5, ignore_result=True)
def process_recap_upload(self, pq_pk: int):
    pq = ProcessingQueue.objects.get(pk=pq_pk)
    handlers = {
        UPLOAD_TYPE.DOCKET: process_recap_docket,
        UPLOAD_TYPE.ATTACHMENT_PAGE: process_recap_attachment,
        UPLOAD_TYPE.RSS_FEED: process_recap_rss,
        UPLOAD_TYPE.CLAIMS_REGISTER: process_recap_claims_register,
        UPLOAD_TYPE.ACMS_DOCKET_JSON: process_acms_docket,
    }
    handler = handlers.get(pq.upload_type)
    if handler is None:
        mark_pq_status(pq, "Unsupported upload type", PROCESSING_STATUS.INVALID_CONTENT)
        return
    handler(pq)


def process_recap_docket(pq):
    tree = html.fromstring(pq.filepath_local.read().decode("utf-8", "replace"))
    merge_docket(pq, tree)
    mark_pq_status(pq, "", PROCESSING_STATUS.SUCCESSFUL)


def process_recap_attachment(pq):
    tree = html.fromstring(pq.filepath_local.read())
    merge_attachment_page(pq, tree)
    mark_pq_status(pq, "", PROCESSING_STATUS.SUCCESSFUL)


def process_recap_rss(pq):
    """Court RSS feeds, saved by the extension when a user opens them."""
    raw = pq.filepath_local.read()
    # expect: xxe
    root = etree.fromstring(raw, etree.XMLParser(resolve_entities=True, no_network=False))
    entries = [
        {"title": item.findtext("title"), "link": item.findtext("link"),
         "description": item.findtext("description"), "published": item.findtext("pubDate")}
        for item in root.iter("item")
    ]
    merge_rss_entries(pq.court_id, entries)
    mark_pq_status(pq, "", PROCESSING_STATUS.SUCCESSFUL)


def process_recap_claims_register(pq):
    """Bankruptcy claims registers come as XML exports too; these go through defusedxml."""
    root = SafeET.fromstring(pq.filepath_local.read())
    claims = [
        {"number": el.get("number"), "creditor": el.findtext("creditor"),
         "amount": el.findtext("amount")}
        for el in root.iter("claim")
    ]
    logger.info("Parsed %s claims for pq %s", len(claims), pq.pk)
    mark_pq_status(pq, "", PROCESSING_STATUS.SUCCESSFUL)


def process_acms_docket(pq):
    data = json.loads(pq.filepath_local.read())
    merge_docket(pq, data)
    mark_pq_status(pq, "", PROCESSING_STATUS.SUCCESSFUL)
