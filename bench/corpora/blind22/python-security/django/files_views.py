"""Download and upload endpoints for customer documents."""
import os

from django.conf import settings
from django.core.files.storage import default_storage
from django.http import FileResponse, Http404, HttpResponse
from django.utils._os import safe_join

DOCS_ROOT = os.path.join(settings.MEDIA_ROOT, "documents")


def download(request):
    name = request.GET.get("file", "")
    path = os.path.join(DOCS_ROOT, name)
    # expect: path-traversal
    return FileResponse(open(path, "rb"), as_attachment=True)


def download_checked(request):
    name = request.GET.get("file", "")
    try:
        path = safe_join(DOCS_ROOT, name)
    except Exception:
        raise Http404("no such document")
    return FileResponse(open(path, "rb"), as_attachment=True)


def preview(request, doc_id):
    fmt = request.GET.get("fmt", "txt")
    # expect: path-traversal
    with open(f"{settings.MEDIA_ROOT}/previews/{doc_id}.{fmt}") as fh:
        return HttpResponse(fh.read(), content_type="text/plain")


def upload(request):
    upload = request.FILES["doc"]
    # expect: path-traversal
    with open(os.path.join(DOCS_ROOT, upload.name), "wb") as out:
        for chunk in upload.chunks():
            out.write(chunk)
    stored = default_storage.save(f"documents/{upload.name}", upload)
    return HttpResponse(stored)


def notes(request):
    text = request.POST.get("text", "")
    with open(os.path.join(DOCS_ROOT, "notes.log"), "a") as fh:
        fh.write(text.replace("\n", " ") + "\n")
    return HttpResponse(status=204)
