"""Class-based report views: parameters are copied onto the view in setup()."""
import csv
import io
import logging
import subprocess

from django import forms
from django.db import connection
from django.http import HttpResponse, HttpResponseBadRequest, StreamingHttpResponse
from django.views.generic import FormView, View

log = logging.getLogger("billing.reports")
GROUPINGS = {"day": "date_trunc('day', created)", "month": "date_trunc('month', created)"}


class ReportForm(forms.Form):
    customer = forms.CharField(max_length=64)
    year = forms.IntegerField(min_value=2000, max_value=2100)
    note = forms.CharField(required=False)


class CustomerReportView(FormView):
    form_class = ReportForm
    template_name = "billing/report_form.html"

    def form_valid(self, form):
        customer, year = form.cleaned_data["customer"], form.cleaned_data["year"]
        with connection.cursor() as cur:
            # expect: sql-injection
            cur.execute("SELECT id, amount FROM billing_invoice WHERE customer_ref = '%s' AND EXTRACT(year FROM created) = %d" % (customer, year))
            rows = cur.fetchall()
        return HttpResponse(str(len(rows)), content_type="text/plain")


class CustomerReportSafeView(FormView):
    form_class = ReportForm
    template_name = "billing/report_form.html"

    def form_valid(self, form):
        customer, year = form.cleaned_data["customer"], form.cleaned_data["year"]
        with connection.cursor() as cur:
            cur.execute(
                "SELECT id, amount FROM billing_invoice WHERE customer_ref = %s AND EXTRACT(year FROM created) = %s",
                [customer, year],
            )
            rows = cur.fetchall()
        return HttpResponse(str(len(rows)), content_type="text/plain")


class GroupedView(View):
    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.grouping = request.GET.get("group", "day")
        self.columns = request.GET.getlist("col")

    def get(self, request):
        select = ", ".join(self.columns)
        with connection.cursor() as cur:
            # expect: sql-injection
            cur.execute(f"SELECT {select}, sum(amount) FROM billing_invoice GROUP BY {select}")
            return HttpResponse(str(cur.fetchall()), content_type="text/plain")


class GroupedSafeView(View):
    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.grouping = request.GET.get("group", "day")

    def get(self, request):
        expr = GROUPINGS.get(self.grouping)
        if expr is None:
            return HttpResponseBadRequest("group")
        with connection.cursor() as cur:
            cur.execute(f"SELECT {expr}, sum(amount) FROM billing_invoice GROUP BY 1")
            return HttpResponse(str(cur.fetchall()), content_type="text/plain")


class PrintView(View):
    def post(self, request):
        opts = {"printer": request.POST.get("printer", "office"), "copies": request.POST.get("copies", "1")}
        cmd = "lp -d %(printer)s -n %(copies)s /srv/billing/out.pdf" % opts
        # expect: command-injection
        subprocess.run(cmd, shell=True, check=True)
        return HttpResponse(status=204)


class PrintSafeView(View):
    PRINTERS = ("office", "warehouse")

    def post(self, request):
        printer = request.POST.get("printer", "office")
        copies = int(request.POST.get("copies", "1"))
        if printer in self.PRINTERS:
            subprocess.run("lp -d %s -n %d /srv/billing/out.pdf" % (printer, copies), shell=True, check=True)
        return HttpResponse(status=204)


class CsvEchoView(View):
    def post(self, request):
        buf = io.StringIO()
        csv.writer(buf).writerow([request.POST.get("a", ""), request.POST.get("b", "")])
        return HttpResponse(buf.getvalue(), content_type="text/csv")


class StatusView(View):
    def get(self, request):
        ref = request.GET.get("ref", "")
        # expect: log-injection
        log.info("status lookup for " + ref)
        log.info("status lookup for %r", ref)
        html = "".join(["<li>", ref, "</li>"])
        # expect: xss
        return StreamingHttpResponse(iter([html]), content_type="text/html")
