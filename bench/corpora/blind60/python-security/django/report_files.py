"""Download endpoints for generated reports and user exports."""
import os

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpResponse
from django.views import View

REPORT_DIR = settings.MEDIA_ROOT + "/reports"
TEMPLATES = {"monthly": "monthly.csv", "annual": "annual.csv"}


@login_required
def raw_report(request):
    # expect: path-traversal
    fh = open(request.GET.get("path"), "rb")
    return FileResponse(fh)


@login_required
def export_file(request):
    name = request.GET["name"]
    # expect: path-traversal
    return FileResponse(open("/srv/exports/{}".format(name), "rb"), as_attachment=True)


@login_required
def invoice_pdf(request):
    number = request.POST.get("invoice")
    target = REPORT_DIR + "/invoices/" + number
    # expect: path-traversal
    with open(target, "rb") as fh:
        return HttpResponse(fh.read(), content_type="application/pdf")


def log_tail(request):
    service = request.GET["service"]
    # expect: path-traversal
    with open(f"/var/log/app/{service}", encoding="utf-8") as fh:
        lines = fh.readlines()[-200:]
    return HttpResponse("".join(lines), content_type="text/plain")


class AttachmentView(View):
    def get(self, request, *args, **kwargs):
        wanted = request.GET.get("file", "")
        # expect: path-traversal
        handle = open(os.path.join(settings.MEDIA_ROOT, "attachments", wanted), "rb")
        return FileResponse(handle)


@login_required
def template_report(request):
    kind = request.GET.get("kind", "monthly")
    filename = TEMPLATES.get(kind)
    if filename is None:
        raise Http404("unknown report")
    return FileResponse(open(os.path.join(REPORT_DIR, filename), "rb"))


@login_required
def user_export(request):
    export_id = int(request.GET["id"])
    return FileResponse(open(f"{REPORT_DIR}/export-{export_id}.zip", "rb"))


@login_required
def safe_download(request):
    requested = request.GET.get("file", "")
    base = os.path.realpath(REPORT_DIR)
    full = os.path.realpath(os.path.join(base, requested))
    if os.path.commonpath([base, full]) != base:
        raise Http404("not found")
    return FileResponse(open(full, "rb"))
