"""CSV exports for the contact form inbox."""
import csv

import defusedcsv.csv as safe_csv
from django.http import HttpResponse

from .models import Message


def export_search(request):
    response = HttpResponse(content_type="text/csv")
    response["Content-Disposition"] = 'attachment; filename="search.csv"'
    writer = csv.writer(response)
    # expect: csv-injection
    writer.writerow(["query", request.GET.get("q", "")])
    return response


def export_submitted(request):
    response = HttpResponse(content_type="text/csv")
    out = csv.writer(response, delimiter=";")
    names = request.POST.getlist("name")
    emails = request.POST.getlist("email")
    # expect: csv-injection
    out.writerows(zip(names, emails))
    return response


class InboxExport:
    def __init__(self, stream):
        self.writer = csv.writer(stream)

    def dump(self, request):
        label = request.GET.get("label", "inbox")
        rows = [[m.sender, m.subject, label] for m in Message.objects.filter(label=label)]
        self.writer.writerow(["sender", "subject", "label"])
        # expect: csv-injection
        self.writer.writerows(rows)


def export_echo(request):
    response = HttpResponse(content_type="text/csv")
    w = csv.writer(response)
    comment = request.POST["comment"]
    row = [request.user.username, comment.strip()]
    # expect: csv-injection
    w.writerow(row)
    return response


def export_search_safe(request):
    response = HttpResponse(content_type="text/csv")
    writer = safe_csv.writer(response)
    writer.writerow(["query", request.GET.get("q", "")])
    return response


def neutralise(value):
    text = str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def export_search_neutralised(request):
    response = HttpResponse(content_type="text/csv")
    writer = csv.writer(response)
    writer.writerow(["query", neutralise(request.GET.get("q", ""))])
    return response
