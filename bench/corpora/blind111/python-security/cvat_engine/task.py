"""Data preparation for a task: share files, remote files (run in an rq worker)."""
import os
import shutil

import requests
from django.conf import settings

from .models import Data

SHARE_ROOT = settings.SHARE_ROOT


def _copy_data_from_share(server_files, upload_dir):
    job_files = {}
    for path in server_files:
        source_path = os.path.join(SHARE_ROOT, os.path.normpath(path))
        target_path = os.path.join(upload_dir, path)
        os.makedirs(os.path.dirname(target_path), exist_ok=True)
        # expect: path-traversal
        shutil.copyfile(source_path, target_path)
        job_files[path] = target_path
    return job_files


def _download_data(urls, upload_dir):
    local_files = {}
    for url in urls:
        name = os.path.basename(requests.utils.urlparse(url).path) or "file"
        # expect: ssrf
        response = requests.get(url, stream=True, timeout=60)
        if response.status_code == 200:
            with open(os.path.join(upload_dir, os.path.basename(name)), "wb") as fh:
                shutil.copyfileobj(response.raw, fh)
            local_files[name] = True
    return list(local_files.keys())


def create_thread(db_task_id, data):
    db_data = Data.objects.get(task__id=db_task_id)
    upload_dir = db_data.get_upload_dirname()
    if data.get("remote_files"):
        data["remote_files"] = _download_data(data["remote_files"], upload_dir)
    if data.get("server_files"):
        _copy_data_from_share(data["server_files"], upload_dir)
    db_data.size = len(os.listdir(upload_dir))
    db_data.save()
