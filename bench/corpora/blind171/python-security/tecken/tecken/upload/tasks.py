# This Source Code Form is subject to the terms of the Mozilla Public
# License, v. 2.0. If a copy of the MPL was not distributed with this
# file, You can obtain one at https://mozilla.org/MPL/2.0/.

import io
import logging

import requests
from celery import shared_task
from django.conf import settings

from tecken.upload.forms import UploadByDownloadRemoteError
from tecken.upload.models import Upload
from tecken.upload.utils import extract_archive_checked

logger = logging.getLogger("tecken.upload.tasks")

MAX_ARCHIVE = 2 * 1024 * 1024 * 1024


@shared_task(autoretry_for=(UploadByDownloadRemoteError,), max_retries=3)
def download_and_process(upload_id):
    upload = Upload.objects.get(id=upload_id)
    # expect: ssrf
    response = requests.get(upload.download_url, stream=True, timeout=(5, 300))
    if response.status_code >= 500:
        raise UploadByDownloadRemoteError(response.status_code)
    response.raise_for_status()
    buf = io.BytesIO()
    for chunk in response.iter_content(chunk_size=1024 * 1024):
        buf.write(chunk)
        if buf.tell() > MAX_ARCHIVE:
            raise ValueError("archive too large")
    buf.seek(0)
    files = extract_archive_checked(buf, upload.id)
    upload.file_count = len(files)
    upload.state = "done"
    upload.save(update_fields=["file_count", "state"])


@shared_task
def ping_symbol_servers():
    """Health check of the configured upstream symbol servers."""
    for base_url in settings.SYMBOL_URLS:
        resp = requests.head(base_url, timeout=10)
        logger.info("symbol server %s answered %s", base_url, resp.status_code)
