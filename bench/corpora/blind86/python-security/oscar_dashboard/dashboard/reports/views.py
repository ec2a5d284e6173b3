"""Report download: the generator is chosen by code from the form."""
from django.http import HttpResponse
from django.views.generic import ListView

from oscar_dashboard.dashboard.reports import generators


class IndexView(ListView):
    template_name = "oscar/dashboard/reports/index.html"

    def get(self, request, *args, **kwargs):
        code = request.GET.get("report_type", "order_report")
        generator_cls = generators.GENERATORS.get(code, generators.OrderReportGenerator)
        start = request.GET.get("date_from") or "1970-01-01"
        end = request.GET.get("date_to") or "2999-12-31"
        generator = generator_cls(start_date=start, end_date=end, formatter="CSV")
        if "download" in request.GET:
            response = HttpResponse(generator.generate(), content_type="text/csv")
            response["Content-Disposition"] = 'attachment; filename="%s.csv"' % code.replace('"', "")
            return response
        return super().get(request, *args, **kwargs)
