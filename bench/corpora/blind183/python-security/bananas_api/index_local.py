"""Read and write the BaNaNaS index checkout on disk (``bananas_api/index/local.py``)."""
import os
import re

import yaml

from ..helpers.content_type import get_folder_name_from_content_type

UNIQUE_ID_RE = re.compile(r"^[0-9a-f]{8}$")


class Index:
    def __init__(self, folder: str):
        self.folder = folder

    def _package_path(self, content_type, unique_id: str) -> str:
        if not UNIQUE_ID_RE.match(unique_id):
            raise ValueError("invalid unique id")
        return os.path.join(self.folder, get_folder_name_from_content_type(content_type), unique_id)

    def load_package(self, content_type, unique_id: str) -> dict:
        path = self._package_path(content_type, unique_id)
        with open(os.path.join(path, "global.yaml"), encoding="utf-8") as f:
            package = yaml.safe_load(f)
        versions = []
        for name in sorted(os.listdir(os.path.join(path, "versions"))):
            with open(os.path.join(path, "versions", name), encoding="utf-8") as f:
                versions.append(yaml.load(f, Loader=yaml.SafeLoader))
        package["versions"] = versions
        return package

    def store_version(self, content_type, unique_id: str, upload_date: str, version: dict) -> str:
        path = self._package_path(content_type, unique_id)
        os.makedirs(os.path.join(path, "versions"), exist_ok=True)
        filename = os.path.join(path, "versions", re.sub(r"[^0-9T:-]", "", upload_date) + ".yaml")
        with open(filename, "w", encoding="utf-8") as f:
            yaml.safe_dump(version, f, sort_keys=True, allow_unicode=True)
        return filename
