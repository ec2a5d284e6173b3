"""Report and attachment downloads."""
import os

from django.conf import settings
from django.http import FileResponse, Http404, HttpResponse

REPORT_DIR = os.path.join(settings.MEDIA_ROOT, "reports")


def download_report(request):
    name = request.GET.get("name")
    path = os.path.join(REPORT_DIR, name)
    # expect: path-traversal
    with open(path, "rb") as fh:
        return HttpResponse(fh.read(), content_type="application/pdf")


def export_notes(request, project):
    # expect: path-traversal
    with open(os.path.join(settings.MEDIA_ROOT, "notes", request.POST["file"]), encoding="utf-8") as fh:
        return HttpResponse(fh.read(), content_type="text/plain")


def attachment(request):
    folder = request.GET["folder"]
    target = os.path.join(settings.MEDIA_ROOT, "attachments", folder, "index.txt")
    # expect: path-traversal
    return HttpResponse(open(target, encoding="utf-8").read(), content_type="text/plain")


def safe_report(request):
    base = os.path.realpath(REPORT_DIR)
    path = os.path.realpath(os.path.join(base, request.GET.get("name", "")))
    if os.path.commonpath([base, path]) != base:
        raise Http404()
    return FileResponse(open(path, "rb"))


def monthly_report(request, year: int, month: int):
    path = os.path.join(REPORT_DIR, f"{year:04d}-{month:02d}.pdf")
    return FileResponse(open(path, "rb"))
