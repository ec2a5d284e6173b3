# library: Django (FileResponse / open with request data)
"""Attachment downloads."""
import os

from django.conf import settings
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404

from .models import Attachment


def download(request):
    name = request.GET["file"]
    # expect: path-traversal
    return FileResponse(open(os.path.join(settings.MEDIA_ROOT, "attachments", name), "rb"), as_attachment=True)


def download_by_id(request, pk):
    att = get_object_or_404(Attachment, pk=pk, owner=request.user)
    return FileResponse(att.file.open("rb"), as_attachment=True, filename=att.original_name)


def download_checked(request):
    base = os.path.realpath(os.path.join(settings.MEDIA_ROOT, "attachments"))
    path = os.path.realpath(os.path.join(base, request.GET["file"]))
    if os.path.commonpath([base, path]) != base or not os.path.isfile(path):
        raise Http404()
    return FileResponse(open(path, "rb"), as_attachment=True)


def export(request, fmt):
    # expect: path-traversal
    return FileResponse(open(f"/srv/exports/{request.GET['name']}.{fmt}", "rb"))
