"""Class-based report views."""
import os
import subprocess

from django.conf import settings
from django.http import FileResponse, Http404, JsonResponse
from django.views import View
from django.views.generic import FormView

from .forms import ReportForm
from .services import CatalogService, invoice_totals, invoice_totals_bound

FORMATS = {"csv": "csv", "xlsx": "xlsx", "pdf": "pdf"}


class RegionTotalsView(View):
    def get(self, request, *args, **kwargs):
        region = request.GET.get("region", "eu")
        return JsonResponse({"total": str(invoice_totals(region))})


class RegionTotalsSafeView(View):
    def get(self, request, *args, **kwargs):
        region = request.GET.get("region", "eu")
        return JsonResponse({"total": str(invoice_totals_bound(region))})


class ReportRenderView(FormView):
    form_class = ReportForm
    template_name = "shop/report.html"

    def form_valid(self, form):
        region = form.cleaned_data["region"]
        fmt = form.cleaned_data.get("fmt") or "csv"
        out_dir = settings.REPORT_DIR
        cmd = "render-report --region " + region
        cmd += " --format " + fmt
        cmd += " --out " + out_dir
        # expect: command-injection
        os.system(cmd)
        return JsonResponse({"queued": True})


class ReportRenderSafeView(FormView):
    form_class = ReportForm
    template_name = "shop/report.html"

    def form_valid(self, form):
        region = form.cleaned_data["region"]
        fmt = FORMATS.get(form.cleaned_data.get("fmt") or "csv", "csv")
        subprocess.run(["render-report", "--region", region, "--format", fmt, "--out", settings.REPORT_DIR], check=True, timeout=300)
        return JsonResponse({"queued": True})


class ReportDownloadView(View):
    def get(self, request, name):
        path = os.path.join(settings.REPORT_DIR, name)
        if not os.path.exists(path):
            raise Http404
        # expect: path-traversal
        return FileResponse(open(path, "rb"), as_attachment=True)


class ReportDownloadSafeView(View):
    def get(self, request, name):
        root = os.path.realpath(settings.REPORT_DIR)
        path = os.path.realpath(os.path.join(root, name))
        if not path.startswith(root + os.sep) or not os.path.isfile(path):
            raise Http404
        return FileResponse(open(path, "rb"), as_attachment=True)


class CatalogCountView(View):
    def get(self, request):
        service = CatalogService().with_term("lamp").with_region(request.GET.get("region", ""))
        sql = service.raw_search()
        from django.db import connection

        with connection.cursor() as cursor:
            cursor.execute(sql)
            rows = cursor.fetchall()
        return JsonResponse({"count": len(rows)})
