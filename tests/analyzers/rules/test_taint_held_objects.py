"""A Starlette handler method sends a path a service held in a field cleaned (Piccolo Admin's
`self.media.path_for_checked(request.path_params["file_key"])`, `Path(key).name` inside): the taint
rule judges the `FileResponse` clean, so the pattern rule's guess on the same line goes. Before, the
handler's own instance (`self`), read as the service's object, counted as what unknown callers gave
the method, and nothing was judged there. The unchecked twin stays reported. Real CLI, real files."""

from __future__ import annotations

from pathlib import Path

from tests.analyzers.rules.checked_tree import rule_findings

ENDPOINTS = '''from starlette.requests import Request
from starlette.responses import FileResponse
from starlette.routing import Route

from .media import LocalMediaStorage


class AdminRouter:
    def __init__(self, media_path):
        self.media = LocalMediaStorage(media_path)

    async def media_file(self, request: Request):
        path = self.media.path_for(request.path_params["file_key"])
        return FileResponse(path)

    async def media_file_checked(self, request: Request):
        path = self.media.path_for_checked(request.path_params["file_key"])
        return FileResponse(path)

    def routes(self):
        return [Route("/media-files/{file_key:path}", self.media_file), Route("/media/{file_key}", self.media_file_checked)]
'''

MEDIA = '''import os
import pathlib


class LocalMediaStorage:
    def __init__(self, media_path):
        self.media_path = media_path

    def path_for(self, file_key):
        return os.path.join(self.media_path, file_key)

    def path_for_checked(self, file_key):
        key = pathlib.Path(file_key).name
        return os.path.join(self.media_path, key)
'''


def test_a_path_a_held_service_cleaned_is_judged_clean(tmp_path: Path):
    found = sorted(rule_findings(tmp_path, {"admin/__init__.py": "", "admin/endpoints.py": ENDPOINTS, "admin/media.py": MEDIA}, "python/security/tainted-path,python/security/path-traversal"))
    assert found == ["admin/endpoints.py:13 python/security/tainted-path"]
