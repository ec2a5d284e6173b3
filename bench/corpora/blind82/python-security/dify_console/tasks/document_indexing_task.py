import logging
import os

from celery import shared_task

STORAGE_ROOT = os.environ.get("STORAGE_LOCAL_PATH", "/app/api/storage")
logger = logging.getLogger(__name__)


@shared_task(queue="dataset")
def document_indexing_task(dataset_id, file_key, page_limit):
    page_limit = min(max(int(page_limit), 1), 100)
    # expect: path-traversal
    with open(os.path.join(STORAGE_ROOT, "upload_files", file_key), "rb") as fh:
        content = fh.read()
    logger.info("indexed dataset %s: %d bytes, %d pages", dataset_id, len(content), page_limit)
    return len(content)
