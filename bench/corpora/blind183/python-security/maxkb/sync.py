"""Celery tasks that (re)crawl web documents (MaxKB ``dataset/task/sync.py``)."""
import logging

from celery import shared_task
from django.db import transaction

from common.util.fork import ChildLink, ForkManage, is_public_http_url
from dataset.models import Document, Paragraph, Status
from embedding.task.embedding import embedding_by_document

max_kb = logging.getLogger("max_kb")


def _save_paragraphs(document: Document, child_link: ChildLink, content: str):
    with transaction.atomic():
        Paragraph.objects.filter(document_id=document.id).delete()
        chunks = [content[i:i + 4096] for i in range(0, len(content), 4096)]
        Paragraph.objects.bulk_create(
            Paragraph(document_id=document.id, dataset_id=document.dataset_id, content=c, title=child_link.tag)
            for c in chunks
        )
        document.char_length = len(content)
        document.status = Status.embedding
        document.save(update_fields=["char_length", "status"])


@shared_task(name="dataset:sync_web_document")
def sync_web_document(dataset_id: str, document_id_list: list):
    for document in Document.objects.filter(id__in=document_id_list, dataset_id=dataset_id):
        url = document.meta.get("source_url", "")
        selector = document.meta.get("selector", "")
        max_kb.info("sync web document %s from %s", document.id, url)
        fork = ForkManage(url, selector.split(" ") if selector else [])
        fork.fork(0, set(), lambda link, text: _save_paragraphs(document, link, text))
        embedding_by_document.delay(str(document.id))


@shared_task(name="dataset:preview_web_document")
def preview_web_document(url: str) -> str:
    if not is_public_http_url(url):
        return ""
    return ForkManage(url, []).preview()
