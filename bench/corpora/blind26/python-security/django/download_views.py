"""Invoice and report downloads for the billing app."""
import os

from django.conf import settings
from django.http import FileResponse, Http404
from django.views.decorators.http import require_GET

REPORT_DIR = "/srv/billing/reports"


@require_GET
def invoice_pdf(request):
    name = request.GET.get("file")
    # expect: path-traversal
    return FileResponse(open(os.path.join(settings.MEDIA_ROOT, "invoices", name), "rb"))


def export_report(request):
    report = request.POST["report"]
    path = REPORT_DIR + "/" + report
    # expect: path-traversal
    return FileResponse(open(path, "rb"), as_attachment=True, filename="report.csv")


def invoice_pdf_checked(request):
    name = os.path.basename(request.GET.get("file", ""))
    base = os.path.realpath(os.path.join(settings.MEDIA_ROOT, "invoices"))
    full = os.path.realpath(os.path.join(base, name))
    if not full.startswith(base + os.sep) or not os.path.isfile(full):
        raise Http404("no such invoice")
    return FileResponse(open(full, "rb"))


def terms_pdf(request):
    return FileResponse(open(os.path.join(settings.STATIC_ROOT, "terms.pdf"), "rb"))
