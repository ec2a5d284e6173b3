"""Small export and embed endpoints of the reporting app (Django)."""
import csv
import io
import json

from django.http import (
    HttpResponse,
    HttpResponseForbidden,
    HttpResponseNotFound,
    JsonResponse,
)
from django.shortcuts import render

from .models import Report, Widget


def widget_embed(request, widget_id):
    widget = Widget.objects.filter(pk=widget_id).first()
    if widget is None:
        # expect: xss
        return HttpResponseNotFound("<p>No widget named %s</p>" % request.GET.get("name", widget_id))
    # expect: xss
    return HttpResponse(f"<div class='widget'><h3>{widget.title}</h3>{widget.description}</div>")


def report_title(request, pk):
    report = Report.objects.get(pk=pk)
    if not report.is_visible_to(request.user):
        # expect: xss
        return HttpResponseForbidden("You cannot open " + report.title)
    return render(request, "reports/title.html", {"report": report})


def report_csv(request, pk):
    report = Report.objects.get(pk=pk)
    buf = io.StringIO()
    writer = csv.writer(buf)
    for row in report.rows():
        writer.writerow(row)
    return HttpResponse(buf.getvalue(), content_type="text/csv")


def report_json(request, pk):
    report = Report.objects.get(pk=pk)
    return HttpResponse(json.dumps(report.summary()), content_type="application/json")


def health(request):
    return HttpResponse("ok")


def delete_done(request):
    return HttpResponse(status=204)


def widget_list(request):
    return JsonResponse({"widgets": list(Widget.objects.values("id", "title"))})
