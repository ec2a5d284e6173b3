"""Serving files out of a snapshot folder."""
import mimetypes
import os

from django.http import FileResponse, Http404


def serve_from_snapshot(snapshot_dir, archivefile):
    # expect: path-traversal
    fh = open(os.path.join(snapshot_dir, archivefile), "rb")
    return FileResponse(fh, content_type=mimetypes.guess_type(archivefile)[0] or "application/octet-stream")


def serve_from_snapshot_checked(snapshot_dir, archivefile):
    root = os.path.realpath(snapshot_dir)
    full = os.path.realpath(os.path.join(root, archivefile))
    if os.path.commonpath([root, full]) != root or not os.path.isfile(full):
        raise Http404(archivefile)
    return FileResponse(open(full, "rb"))
