"""Serves files attached to the instance (exports, database downloads)."""
import os

from starlette.requests import Request
from starlette.responses import FileResponse, PlainTextResponse


class DownloadView:
    def __init__(self, files_dir):
        self.files_dir = files_dir

    async def __call__(self, scope, receive, send):
        request = Request(scope, receive)
        name = request.path_params["name"]
        path = os.path.join(self.files_dir, name)
        if not os.path.exists(path):
            response = PlainTextResponse("Not found", status_code=404)
        else:
            # expect: path-traversal
            response = FileResponse(path, filename=os.path.basename(path))
        await response(scope, receive, send)


class CheckedDownloadView(DownloadView):
    async def __call__(self, scope, receive, send):
        request = Request(scope, receive)
        root = os.path.realpath(self.files_dir)
        path = os.path.realpath(os.path.join(root, request.path_params["name"]))
        if os.path.commonpath([root, path]) != root or not os.path.isfile(path):
            response = PlainTextResponse("Not found", status_code=404)
        else:
            response = FileResponse(path)
        await response(scope, receive, send)
