# library: django (file downloads and uploads)
import os

from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation
from django.http import FileResponse, Http404, HttpResponse
from django.utils._os import safe_join


def _media_path(name: str) -> str:
    return os.path.join(settings.MEDIA_ROOT, "docs", name)


def download(request):
    name = request.GET.get("file") or "index.pdf"
    path = _media_path(name)
    # expect: path-traversal
    return FileResponse(open(path, "rb"), as_attachment=True)


def save_note(request):
    folder = request.POST.get("folder", "notes")
    target = os.path.join(settings.MEDIA_ROOT, folder, "note.txt")
    # expect: path-traversal
    with open(target, "w") as fh:
        fh.write(request.POST.get("text", ""))
    return HttpResponse(status=201)


def download_safe(request):
    name = request.GET.get("file") or "index.pdf"
    try:
        path = safe_join(settings.MEDIA_ROOT, "docs", name)
    except SuspiciousFileOperation:
        raise Http404
    if not os.path.isfile(path):
        raise Http404
    return FileResponse(open(path, "rb"), as_attachment=True)


def download_basename(request):
    path = _media_path(os.path.basename(request.GET.get("file", "index.pdf")))
    return FileResponse(open(path, "rb"), as_attachment=True)
