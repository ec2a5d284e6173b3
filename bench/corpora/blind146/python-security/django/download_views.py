"""Invoice and report downloads for the billing area."""
import logging
import os

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpResponse

from .models import Invoice

log = logging.getLogger(__name__)

REPORT_ROOT = os.path.join(settings.MEDIA_ROOT, "reports")
TEMPLATE_ROOT = os.path.join(settings.BASE_DIR, "billing", "letters")


@login_required
def invoice_pdf(request, invoice_id):
    invoice = Invoice.objects.get(pk=invoice_id, customer=request.user)
    return FileResponse(open(invoice.pdf_path, "rb"), content_type="application/pdf")


@login_required
def report(request):
    name = request.GET.get("name")
    # expect: path-traversal
    with open(os.path.join(REPORT_ROOT, name), "rb") as fh:
        return HttpResponse(fh.read(), content_type="text/csv")


@login_required
def letter_template(request):
    # expect: path-traversal
    text = open(f"{TEMPLATE_ROOT}/{request.GET.get('letter')}.txt", encoding="utf-8").read()
    return HttpResponse(text, content_type="text/plain")


@login_required
def export_log(request):
    day = request.POST["day"]
    # expect: path-traversal
    fh = open("/var/log/billing/export-%s.log" % day, encoding="utf-8")
    return FileResponse(fh, content_type="text/plain")


@login_required
def safe_report(request):
    name = os.path.basename(request.GET.get("name", ""))
    path = os.path.realpath(os.path.join(REPORT_ROOT, name))
    if os.path.commonpath([path, os.path.realpath(REPORT_ROOT)]) != os.path.realpath(REPORT_ROOT):
        raise Http404()
    with open(path, "rb") as fh:
        return HttpResponse(fh.read(), content_type="text/csv")


@login_required
def monthly_summary(request):
    month = int(request.GET.get("month", "1"))
    path = os.path.join(REPORT_ROOT, f"summary-{month:02d}.csv")
    log.info("summary %s for %s", path, request.user)
    with open(path, "rb") as fh:
        return HttpResponse(fh.read(), content_type="text/csv")
