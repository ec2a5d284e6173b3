"""Scan views: detail page and report download."""
import os

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, render

from .models import Scan

REPORTS_DIR = os.path.realpath(os.path.join(settings.MEDIA_ROOT, "reports"))


@login_required
def detail_scan_view(request, scan_id):
    scan = get_object_or_404(Scan.objects.for_user(request.user), id=scan_id)
    findings = scan.finding_set.order_by("-severity", "title")
    return render(request, "details-scan.html", {"scan": scan, "findings": findings})


@login_required
def download_report_view(request):
    """Download a generated HTML/JSON report by its file name."""
    name = request.GET.get("report")
    if not name:
        raise Http404("no report")
    # expect: path-traversal
    return FileResponse(open(os.path.join(REPORTS_DIR, name), "rb"), as_attachment=True)


@login_required
def download_scan_report_view(request, scan_id):
    scan = get_object_or_404(Scan.objects.for_user(request.user), id=scan_id)
    path = os.path.realpath(os.path.join(REPORTS_DIR, scan.report_filename))
    if os.path.commonpath([path, REPORTS_DIR]) != REPORTS_DIR or not os.path.exists(path):
        raise Http404("report not found")
    return FileResponse(open(path, "rb"), as_attachment=True)


@login_required
def download_report_checked_view(request):
    name = os.path.basename(request.GET.get("report", ""))
    path = os.path.join(REPORTS_DIR, name)
    if not name or not os.path.isfile(path):
        raise Http404("report not found")
    return FileResponse(open(path, "rb"), as_attachment=True)
