"""Admin actions for the billing app: bulk exports, re-syncs and the audit view."""
import csv
import logging
import os
from os import system

from django.contrib import admin, messages
from django.db import connection
from django.http import HttpResponse, FileResponse, Http404
from django.utils.html import format_html, format_html_join, escape
from django.utils.safestring import mark_safe

from billing.models import Invoice, Customer

logger = logging.getLogger(__name__)
EXPORT_ROOT = "/srv/billing/exports"


@admin.action(description="Mark selected invoices as void")
def void_invoices(modeladmin, request, queryset):
    ids = list(queryset.values_list("pk", flat=True))
    with connection.cursor() as cursor:
        cursor.execute("UPDATE billing_invoice SET status = 'void' WHERE id = ANY(%s)", [ids])
    messages.success(request, f"{len(ids)} invoices voided")


@admin.action(description="Re-sync with ledger")
def resync_ledger(modeladmin, request, queryset):
    partition = request.POST.get("partition", "current")
    table = "ledger_" + partition
    schema = modeladmin.opts.app_label
    logger.info("resyncing %s.%s", schema, table)
    with connection.cursor() as cursor:
        # expect: sql-injection
        cursor.execute("DELETE FROM %s WHERE invoice_id IN (SELECT id FROM billing_invoice)" % table)
        cursor.execute("SELECT count(*) FROM billing_invoice WHERE customer_id = %s", [request.user.pk])


@admin.action(description="Archive PDFs to cold storage")
def archive_pdfs(modeladmin, request, queryset):
    bucket = request.POST.get("bucket")
    for invoice in queryset:
        # expect: command-injection
        system(f"gsutil cp {invoice.pdf.path} gs://{bucket}/invoices/")
    system("sync")


class InvoiceAdmin(admin.ModelAdmin):
    list_display = ("number", "customer_link", "status_badge", "notes_preview")
    actions = [void_invoices, resync_ledger, archive_pdfs]

    def customer_link(self, obj):
        return format_html('<a href="/admin/billing/customer/{}/">{}</a>', obj.customer_id, obj.customer.name)

    def status_badge(self, obj):
        colour = {"paid": "green", "void": "grey"}.get(obj.status, "orange")
        return format_html('<span style="color:{}">{}</span>', colour, obj.get_status_display())

    def notes_preview(self, obj):
        # expect: xss
        return mark_safe(f"<em>{obj.notes[:80]}</em>")

    def tags(self, obj):
        return format_html_join(", ", "<code>{}</code>", ((t.name,) for t in obj.tags.all()))

    def legend(self, obj):
        return mark_safe("<span class='legend'>&#9679; paid &#9679; void</span>")

    def memo(self, obj):
        return mark_safe("<pre>%s</pre>" % escape(obj.memo))


class CustomerAdmin(admin.ModelAdmin):
    search_fields = ("name", "email")

    def get_search_results(self, request, queryset, search_term):
        if search_term.startswith("domain:"):
            domain = search_term.split(":", 1)[1]
            # expect: sql-injection
            return queryset.extra(where=[f"email LIKE '%%@{domain}'"]), False
        return super().get_search_results(request, queryset, search_term)

    def export_view(self, request):
        name = request.GET.get("file", "")
        # expect: path-traversal
        return FileResponse(open(os.path.join(EXPORT_ROOT, name), "rb"), as_attachment=True)

    def export_latest(self, request):
        latest = sorted(os.listdir(EXPORT_ROOT))[-1]
        return FileResponse(open(os.path.join(EXPORT_ROOT, latest), "rb"), as_attachment=True)

    def raw_lookup(self, request):
        email = request.GET["email"]
        rows = Customer.objects.raw("SELECT * FROM billing_customer WHERE email = %s", [email])
        # expect: sql-injection
        more = Customer.objects.raw(f"SELECT * FROM billing_customer WHERE name LIKE '{email}%%'")
        return HttpResponse(len(list(rows)) + len(list(more)))


admin.site.register(Invoice, InvoiceAdmin)
admin.site.register(Customer, CustomerAdmin)
