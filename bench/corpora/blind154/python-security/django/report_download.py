"""Download endpoints for generated reports."""
import logging
import os

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpResponse

log = logging.getLogger(__name__)

REPORT_DIR = os.path.join(settings.MEDIA_ROOT, "reports")
ARCHIVE_DIR = os.path.join(settings.MEDIA_ROOT, "archive")


@login_required
def download_report(request):
    name = request.GET.get("name", "")
    # expect: path-traversal
    return FileResponse(open(os.path.join(REPORT_DIR, name), "rb"), as_attachment=True)


@login_required
def view_archive(request, year):
    # expect: path-traversal
    with open(os.path.join(ARCHIVE_DIR, str(year), request.GET["file"]), "r", encoding="utf-8") as fh:
        body = fh.read()
    return HttpResponse(body, content_type="text/plain")


@login_required
def delete_report(request):
    if request.method != "POST":
        raise Http404
    # expect: path-traversal
    os.remove(os.path.join(REPORT_DIR, request.POST.get("name", "")))
    log.info("report deleted by %s", request.user.pk)
    return HttpResponse(status=204)


@login_required
def download_checked(request):
    name = request.GET.get("name", "")
    base = os.path.realpath(REPORT_DIR)
    target = os.path.realpath(os.path.join(base, name))
    if os.path.commonpath([base, target]) != base or not os.path.isfile(target):
        raise Http404
    return FileResponse(open(target, "rb"), as_attachment=True)


@login_required
def download_latest(request):
    target = os.path.join(REPORT_DIR, f"latest-{request.user.pk}.csv")
    if not os.path.exists(target):
        raise Http404
    return FileResponse(open(target, "rb"), as_attachment=True)
