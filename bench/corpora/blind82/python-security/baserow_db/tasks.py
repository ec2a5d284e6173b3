import os

import requests
from celery import shared_task
from django.conf import settings
from django.utils.text import get_valid_filename

ALLOWED_IMPORT_HOSTS = ("files.baserow.example", "uploads.baserow.example")


@shared_task
def import_table_from_url(table_id, url, file_name):
    # expect: ssrf
    response = requests.get(url, timeout=30)
    target = os.path.join(settings.MEDIA_ROOT, "imports", get_valid_filename(file_name))
    with open(target, "wb") as fh:
        fh.write(response.content)
    return target
