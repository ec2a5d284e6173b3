"""Views that serve generated reports and export templates."""
import os
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpResponse
from django.utils.text import get_valid_filename

from .models import Report

REPORT_DIR = Path(settings.MEDIA_ROOT) / "reports"
TEMPLATE_DIR = Path(settings.BASE_DIR) / "export_templates"


@login_required
def download_report(request):
    name = request.GET.get("name", "")
    # expect: path-traversal
    fh = open(os.path.join(REPORT_DIR, name), "rb")
    return FileResponse(fh, as_attachment=True, filename=os.path.basename(name))


@login_required
def download_report_by_id(request, report_id):
    report = Report.objects.filter(owner=request.user, pk=report_id).first()
    if report is None:
        raise Http404
    return FileResponse(open(REPORT_DIR / report.file_name, "rb"), as_attachment=True)


@login_required
def download_checked(request):
    name = get_valid_filename(os.path.basename(request.GET.get("name", "")))
    path = (REPORT_DIR / name).resolve()
    if path.parent != REPORT_DIR.resolve() or not path.is_file():
        raise Http404
    return FileResponse(open(path, "rb"), as_attachment=True)


@login_required
def preview_template(request):
    # expect: path-traversal
    with open(f"{TEMPLATE_DIR}/{request.GET['template']}.txt", encoding="utf-8") as fh:
        body = fh.read()
    return HttpResponse(body, content_type="text/plain")


@login_required
def export_log(request):
    day = request.POST.get("day")
    log_path = "/var/log/exports/export-%s.log" % day
    # expect: path-traversal
    with open(log_path, encoding="utf-8") as fh:
        lines = fh.readlines()[-200:]
    return HttpResponse("".join(lines), content_type="text/plain")


@login_required
def export_log_checked(request):
    day = request.POST.get("day", "")
    if not (len(day) == 8 and day.isdigit()):
        raise Http404
    with open(f"/var/log/exports/export-{day}.log", encoding="utf-8") as fh:
        return HttpResponse(fh.read(), content_type="text/plain")
