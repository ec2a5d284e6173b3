"""JSON endpoints of the reporting app."""
import json

from django.http import HttpResponse, JsonResponse
from django.http import HttpResponse as Resp
from django.views import View

from .models import Report


def report_list(request):
    data = json.dumps([r.as_dict() for r in Report.objects.all()])
    # expect: use-json-response
    return HttpResponse(data, content_type="application/json")


def report_detail(request, pk):
    report = Report.objects.get(pk=pk)
    payload = json.dumps(report.as_dict(), default=str)
    # expect: use-json-response
    return Resp(payload, content_type="application/json", status=200)


class ReportStatsView(View):
    def get(self, request):
        stats = {"count": Report.objects.count()}
        # expect: use-json-response
        return HttpResponse(json.dumps(stats), content_type="application/json")


def report_error(request):
    body = json.dumps({"error": "not found"})
    # expect: use-json-response
    response = HttpResponse(body, status=404, content_type="application/json")
    response["Cache-Control"] = "no-store"
    return response


def report_list_fixed(request):
    return JsonResponse([r.as_dict() for r in Report.objects.all()], safe=False)


def report_csv(request):
    rows = "\n".join(",".join(r.as_row()) for r in Report.objects.all())
    return HttpResponse(rows, content_type="text/csv")


def cache_reports(cache):
    cache.set("reports", json.dumps([r.as_dict() for r in Report.objects.all()]), 300)
