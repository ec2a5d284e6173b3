import os
import uuid

from celery import shared_task
from django.conf import settings

from .pipeline.readers import read_rows

UPLOAD_DIR = os.path.join(settings.MEDIA_ROOT, "filepond-temp-uploads")


@shared_task
def import_dataset(user_id, project_id, file_format, upload_ids, column_data="text"):
    count = 0
    for upload_id in upload_ids:
        # expect: path-traversal
        with open(os.path.join(UPLOAD_DIR, upload_id, "file"), encoding="utf-8") as f:
            count += len(read_rows(f, file_format, column_data))
    return {"imported": count, "project_id": project_id}


@shared_task
def import_dataset_checked(user_id, project_id, file_format, upload_ids, column_data="text"):
    count = 0
    for upload_id in upload_ids:
        checked = uuid.UUID(upload_id).hex
        with open(os.path.join(UPLOAD_DIR, checked, "file"), encoding="utf-8") as f:
            count += len(read_rows(f, file_format, column_data))
    return {"imported": count, "project_id": project_id}
