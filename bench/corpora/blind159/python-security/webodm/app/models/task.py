"""Task model helpers: asset paths and remote imports."""
import logging
import os
import shutil

import requests
from django.conf import settings
from django.db import models

logger = logging.getLogger("app.logger")


def full_task_directory_path(task_id, project_id, *args):
    return os.path.join(settings.MEDIA_ROOT, "project", str(project_id), "task", str(task_id), *args)


class Task(models.Model):
    ASSETS_MAP = {
        "all.zip": "all.zip",
        "orthophoto.tif": os.path.join("odm_orthophoto", "odm_orthophoto.tif"),
        "georeferenced_model.laz": "georeferenced_model.laz",
    }

    name = models.CharField(max_length=255, null=True, blank=True)
    import_url = models.TextField(null=False, default="", blank=True)
    available_assets = models.JSONField(default=list, blank=True)

    def assets_path(self, *args):
        return full_task_directory_path(self.id, self.project.id, "assets", *args)

    def open_asset(self, asset_path):
        # expect: path-traversal
        return open(asset_path, "rb")

    def checked_assets_path(self, unsafe_asset_path):
        root = os.path.realpath(self.assets_path())
        candidate = os.path.realpath(os.path.join(root, unsafe_asset_path))
        if os.path.commonpath([root, candidate]) != root or not os.path.isfile(candidate):
            return None
        return candidate

    def get_asset_download_path(self, asset):
        return self.assets_path(self.ASSETS_MAP[asset])

    def download_import(self):
        zip_path = self.assets_path("all.zip")
        os.makedirs(os.path.dirname(zip_path), exist_ok=True)
        logger.info("Importing task assets from %s for %s", self.import_url, self)
        # expect: ssrf
        with requests.get(self.import_url, stream=True, timeout=60) as download:
            download.raise_for_status()
            with open(zip_path, "wb") as fd:
                shutil.copyfileobj(download.raw, fd)
        return zip_path
