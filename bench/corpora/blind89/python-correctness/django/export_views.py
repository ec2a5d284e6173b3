"""JSON endpoints for the reporting frontend."""
import json

from django.contrib.auth.decorators import login_required
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse, JsonResponse
from django.http import HttpResponse as Response
from django.views import View

from .models import Report


@login_required
def report_list(request):
    reports = list(Report.objects.filter(owner=request.user).values("id", "title", "created_at"))
    body = json.dumps({"reports": reports}, cls=DjangoJSONEncoder)
    # expect: use-json-response
    return HttpResponse(body, content_type="application/json")


@login_required
def report_detail(request, pk):
    report = Report.objects.get(pk=pk, owner=request.user)
    return JsonResponse(report.to_dict())


@login_required
def report_stats(request):
    stats = Report.objects.stats_for(request.user)
    payload = json.dumps(stats)
    # expect: use-json-response
    return Response(payload, content_type="application/json", status=200)


def health(request):
    return HttpResponse("ok", content_type="text/plain")


class ReportExportView(View):
    def get(self, request, pk):
        report = Report.objects.get(pk=pk)
        data = json.dumps(report.rows(), cls=DjangoJSONEncoder, indent=2)
        # expect: use-json-response
        response = HttpResponse(data, content_type="application/json")
        response["Cache-Control"] = "no-store"
        return response


@login_required
def report_errors(request):
    errors = Report.objects.errors_for(request.user)
    serialized = json.dumps({"errors": errors})
    # expect: use-json-response
    return HttpResponse(serialized, status=422, content_type="application/json")


def save_snapshot(report, path):
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(json.dumps(report.rows(), cls=DjangoJSONEncoder))
    return path
