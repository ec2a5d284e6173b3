from django.conf import settings
from django.db import connection
from django.http import FileResponse, Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404
from django.utils.html import escape
from django.utils.http import url_has_allowed_host_and_scheme
from django.views import View
from django.views.decorators.http import require_GET

import os
import uuid

from .models import Invoice

INVOICE_DIR = settings.BILLING_PDF_DIR
STATUSES = ("draft", "sent", "paid", "void")


@require_GET
def invoices_by_customer(request):
    customer = request.GET.get("customer", "")
    # expect: sql-injection
    invoices = Invoice.objects.raw("SELECT * FROM billing_invoice WHERE customer_ref = '%s'" % customer)
    return JsonResponse({"ids": [i.pk for i in invoices]})


@require_GET
def invoices_by_customer_safe(request):
    customer = request.GET.get("customer", "")
    invoices = Invoice.objects.raw("SELECT * FROM billing_invoice WHERE customer_ref = %s", [customer])
    return JsonResponse({"ids": [i.pk for i in invoices]})


@require_GET
def overdue(request):
    days = request.GET.get("days", "30")
    qs = Invoice.objects.extra(
        # expect: sql-injection
        where=["due_date < NOW() - INTERVAL '" + days + " days'"],
    )
    return JsonResponse({"count": qs.count()})


@require_GET
def overdue_safe(request):
    days = int(request.GET.get("days", "30"))
    qs = Invoice.objects.extra(where=["due_date < NOW() - make_interval(days => %s)"], params=[days])
    return JsonResponse({"count": qs.count()})


@require_GET
def totals_by_status(request):
    status = request.GET["status"]
    with connection.cursor() as cursor:
        if status in STATUSES:
            cursor.execute(f"SELECT SUM(amount) FROM billing_invoice WHERE status = '{status}'")
            total = cursor.fetchone()[0]
        else:
            total = 0
    return JsonResponse({"total": total})


@require_GET
def totals_by_currency(request):
    currency = request.GET["currency"]
    sql = "SELECT SUM(amount) FROM billing_invoice WHERE currency = '{}'".format(currency)
    with connection.cursor() as cursor:
        # expect: sql-injection
        cursor.execute(sql)
        total = cursor.fetchone()[0]
    return JsonResponse({"total": total})


class InvoicePdfView(View):
    def get(self, request):
        filename = request.GET.get("file", "")
        # expect: path-traversal
        return FileResponse(open(os.path.join(INVOICE_DIR, filename), "rb"), content_type="application/pdf")


class InvoicePdfByIdView(View):
    def get(self, request, invoice_id):
        invoice = get_object_or_404(Invoice, pk=uuid.UUID(str(invoice_id)))
        path = os.path.join(INVOICE_DIR, f"{invoice.pk}.pdf")
        return FileResponse(open(path, "rb"), content_type="application/pdf")


def after_payment(request):
    back = request.POST.get("return_to") or request.META.get("HTTP_REFERER", "/")
    # expect: open-redirect
    return HttpResponseRedirect(back)


def after_payment_safe(request):
    back = request.POST.get("return_to", "/")
    if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}, require_https=True):
        back = "/billing/"
    return HttpResponseRedirect(back)


def note_preview(request):
    note = request.POST.get("note", "")
    html = "<div class='note'>%s</div>" % note
    # expect: xss
    return HttpResponse(html)


def note_preview_safe(request):
    note = request.POST.get("note", "")
    return HttpResponse("<div class='note'>%s</div>" % escape(note))


def note_preview_text(request):
    note = request.POST.get("note", "")
    return HttpResponse(note, content_type="text/plain")


def invoice_404(request, ref):
    raise Http404("no invoice")
