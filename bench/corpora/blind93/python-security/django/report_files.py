"""Download and preview of generated reports."""
import os

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpResponse
from django.utils.text import get_valid_filename

REPORT_ROOT = settings.REPORT_ROOT


@login_required
def download(request):
    name = request.GET.get("file")
    # expect: path-traversal
    return FileResponse(open(os.path.join(REPORT_ROOT, name), "rb"), as_attachment=True)


@login_required
def preview(request):
    # expect: path-traversal
    with open(REPORT_ROOT + "/" + request.GET["name"] + ".txt") as fh:
        return HttpResponse(fh.read(), content_type="text/plain")


@login_required
def export_log(request, year):
    month = request.POST.get("month", "01")
    path = "{}/logs/{}-{}.csv".format(REPORT_ROOT, year, month)
    # expect: path-traversal
    data = open(path).read()
    return HttpResponse(data, content_type="text/csv")


@login_required
def template_source(request):
    # expect: path-traversal
    fh = open(f"{settings.BASE_DIR}/report_templates/{request.GET.get('tpl')}")
    try:
        return HttpResponse(fh.read(), content_type="text/plain")
    finally:
        fh.close()


@login_required
def safe_download(request):
    name = get_valid_filename(request.GET.get("file", ""))
    full = os.path.realpath(os.path.join(REPORT_ROOT, name))
    if os.path.commonpath([full, os.path.realpath(REPORT_ROOT)]) != os.path.realpath(REPORT_ROOT):
        raise Http404
    return FileResponse(open(full, "rb"), as_attachment=True)


@login_required
def latest(request):
    with open(os.path.join(REPORT_ROOT, "latest.txt")) as fh:
        return HttpResponse(fh.read(), content_type="text/plain")
