# library: Django views (os.path.join with request data)
"""Report downloads for the billing app."""
import os

from django.conf import settings
from django.http import FileResponse, Http404, HttpResponse
from django.utils._os import safe_join

REPORT_DIR = os.path.join(settings.MEDIA_ROOT, "reports")


def download_report(request):
    name = request.GET["name"]
    # expect: path-traversal
    return FileResponse(open(os.path.join(REPORT_DIR, name), "rb"))


def download_report_safe(request):
    name = request.GET["name"]
    try:
        path = safe_join(REPORT_DIR, name)
    except Exception:
        raise Http404("no such report")
    return FileResponse(open(path, "rb"))


def report_preview(request, year):
    # expect: path-traversal
    with open(os.path.join(REPORT_DIR, year, request.GET["file"])) as fh:
        return HttpResponse(fh.read(), content_type="text/plain")


def report_basename(request):
    name = os.path.basename(request.GET["name"])
    return FileResponse(open(os.path.join(REPORT_DIR, name), "rb"))


def monthly_summary(request):
    return FileResponse(open(os.path.join(REPORT_DIR, "summary.pdf"), "rb"))
