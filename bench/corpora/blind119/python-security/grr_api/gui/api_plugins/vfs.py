"""VFS handlers: file blobs from the client's collected files."""
import os
import posixpath
import re

from grr_api.gui.api_plugins.base import ApiCallHandler

VFS_ROOT = "/var/lib/grr/vfs"
CLIENT_ID = re.compile(r"^C\.[0-9a-f]{16}$")


class ApiGetFileBlobHandler(ApiCallHandler):
    def Handle(self, args, token=None):
        client_id = args["client_id"]
        if not CLIENT_ID.match(client_id):
            raise ValueError("bad client id")
        file_path = args["file_path"]
        if args.get("normalize") == "1":
            clean = posixpath.normpath("/" + file_path).lstrip("/")
            with open(os.path.join(VFS_ROOT, client_id, clean), "rb") as fh:
                return fh.read()
        # expect: path-traversal
        with open(os.path.join(VFS_ROOT, client_id, file_path), "rb") as fh:
            return fh.read()
