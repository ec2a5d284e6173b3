"""A package's own module (`manager_rest/upload_manager/__init__.py`) is fed by the handlers importing
it, as any other module is: its importers spell the package's name (`from manager_rest.upload_manager
import UploadedBlueprintsManager`), not `__init__`, and were never looked up, so Cloudify's blueprint
URL fetched there was reported at the resource's call only, not at the fetch. And a call's `**args`,
a dict the handler built just before (`args = {"url": ..., "application_file_name": ...}`), feeds
the parameters its keys name, not the one at its place in the call. Real CLI, real files."""

from __future__ import annotations

from pathlib import Path

from tests.analyzers.rules.checked_tree import taint_findings

MANAGER = '''import os

import requests

BLUEPRINTS = "/opt/manager/resources/blueprints"


class UploadedBlueprintsManager(object):

    def receive_uploaded_data(self, blueprint_id, url=None, application_file_name="blueprint.yaml"):
        if url:
            self._save_file_from_url(url)
        return self._parse(os.path.join(BLUEPRINTS, "bp"), application_file_name)

    def _save_file_from_url(self, url):
        return requests.get(url, timeout=30).content

    def _parse(self, target, application_file_name):
        with open(os.path.join(target, application_file_name)) as handle:
            return handle.read()
'''

RESOURCE = '''from flask import request
from flask_restful import Resource

from manager_rest.upload_manager import UploadedBlueprintsManager


class BlueprintsId(Resource):

    def __init__(self):
        self.upload_manager = UploadedBlueprintsManager()

    def put(self, blueprint_id):
        args = {
            "url": request.args.get("blueprint_archive_url"),
            "application_file_name": request.args.get("application_file_name", "blueprint.yaml"),
        }
        return self.upload_manager.receive_uploaded_data("bp", **args), 201
'''


def test_a_package_module_is_fed_at_its_sinks_and_a_built_splat_by_its_keys(tmp_path: Path):
    found = taint_findings(tmp_path, {"manager_rest/__init__.py": "", "manager_rest/rest/__init__.py": "",
                                      "manager_rest/upload_manager/__init__.py": MANAGER,
                                      "manager_rest/rest/blueprints.py": RESOURCE})
    assert "manager_rest/upload_manager/__init__.py:16 tainted-ssrf" in found, found
    assert "manager_rest/upload_manager/__init__.py:19 tainted-path" in found, found


CONSTANT_SPLAT = RESOURCE.replace('request.args.get("application_file_name", "blueprint.yaml")', '"blueprint.yaml"')


def test_a_splat_key_with_a_constant_feeds_its_parameter_nothing(tmp_path: Path):
    found = taint_findings(tmp_path, {"manager_rest/__init__.py": "", "manager_rest/rest/__init__.py": "",
                                      "manager_rest/upload_manager/__init__.py": MANAGER,
                                      "manager_rest/rest/blueprints.py": CONSTANT_SPLAT})
    assert "manager_rest/upload_manager/__init__.py:16 tainted-ssrf" in found, found
    assert not any("tainted-path" in f for f in found), found
