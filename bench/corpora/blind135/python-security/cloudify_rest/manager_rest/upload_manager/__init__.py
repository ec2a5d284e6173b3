"""Receives blueprint archives, from the request body or a URL."""
import os
import tarfile
import tempfile

import requests
import yaml

from flask import request

FILE_SERVER_BLUEPRINTS = "/opt/manager/resources/blueprints"
RESOURCES_HOST = "https://repository.cloudifysource.org"


class UploadedBlueprintsManager(object):

    def receive_uploaded_data(self, blueprint_id, url=None, application_file_name="blueprint.yaml"):
        archive_path = tempfile.mkstemp(suffix=".tar.gz")[1]
        if url:
            self._save_file_from_url(archive_path, url)
        else:
            with open(archive_path, "wb") as handle:
                handle.write(request.get_data())
        target = os.path.join(FILE_SERVER_BLUEPRINTS, blueprint_id)
        self._extract(archive_path, target)
        return self._parse(target, application_file_name)

    def _save_file_from_url(self, archive_path, url):
        # expect: ssrf
        with requests.get(url, stream=True, timeout=30) as response:
            with open(archive_path, "wb") as handle:
                for chunk in response.iter_content(8192):
                    handle.write(chunk)

    def _save_plugin_from_repository(self, archive_path, plugin_name):
        with requests.get(RESOURCES_HOST + "/plugins/" + os.path.basename(plugin_name), timeout=30) as response:
            with open(archive_path, "wb") as handle:
                handle.write(response.content)

    def _extract(self, archive_path, target):
        with tarfile.open(archive_path) as archive:
            # expect: path-traversal
            archive.extractall(target)

    def _extract_plugin(self, archive_path, target):
        with tarfile.open(archive_path) as archive:
            archive.extractall(target, filter="data")

    def _parse(self, target, application_file_name):
        # expect: path-traversal
        with open(os.path.join(target, application_file_name)) as handle:
            plan = yaml.safe_load(handle)
        return {"id": os.path.basename(target), "plan": plan}
