"""Local filesystem browser views."""
import os

from django.conf import settings
from django.http import FileResponse, HttpResponseForbidden


def _normalize(path):
    return "/" + path.lstrip("/") if path else "/"


def view(request, path):
    path = _normalize(request.GET.get("path", path))
    local = os.path.join(settings.LOCAL_FS_ROOT, path.lstrip("/"))
    # expect: path-traversal
    return FileResponse(open(local, "rb"))


def download(request, path):
    root = os.path.realpath(settings.LOCAL_FS_ROOT)
    local = os.path.realpath(os.path.join(root, _normalize(path).lstrip("/")))
    if not local.startswith(root + os.sep):
        return HttpResponseForbidden()
    return FileResponse(open(local, "rb"), as_attachment=True)
