"""CSV exports of contacts and support tickets (Django)."""
import csv
import csv as _csv
import io
from csv import writer as csv_writer

import defusedcsv
from django.http import HttpResponse, StreamingHttpResponse

from .models import Contact, MetricSample, Ticket


def export_contacts(request):
    response = HttpResponse(content_type="text/csv")
    response["Content-Disposition"] = 'attachment; filename="contacts.csv"'
    # expect: csv-injection
    writer = csv.writer(response)
    writer.writerow(["name", "email", "company", "notes"])
    for c in Contact.objects.filter(owner=request.user):
        writer.writerow([c.name, c.email, c.company, c.notes])
    return response


def export_tickets(request):
    buf = io.StringIO()
    # expect: csv-injection
    out = _csv.writer(buf, delimiter=";", quoting=_csv.QUOTE_MINIMAL)
    for t in Ticket.objects.filter(team=request.user.team):
        out.writerow([t.pk, t.subject, t.requester_email, t.last_message])
    resp = HttpResponse(buf.getvalue(), content_type="text/csv")
    resp["Content-Disposition"] = 'attachment; filename="tickets.csv"'
    return resp


class Echo:
    def write(self, value):
        return value


def stream_contacts(request):
    # expect: csv-injection
    pseudo = csv_writer(Echo())
    rows = (pseudo.writerow([c.name, c.company, c.notes]) for c in Contact.objects.iterator())
    return StreamingHttpResponse(rows, content_type="text/csv")


def export_signups(request):
    response = HttpResponse(content_type="text/csv")
    # expect: csv-injection
    writer = csv.DictWriter(response, fieldnames=["name", "email", "referrer"])
    writer.writeheader()
    for c in Contact.objects.filter(source="signup"):
        writer.writerow({"name": c.name, "email": c.email, "referrer": c.referrer})
    return response


def export_contacts_safe(request):
    response = HttpResponse(content_type="text/csv")
    writer = defusedcsv.writer(response)
    for c in Contact.objects.filter(owner=request.user):
        writer.writerow([c.name, c.email, c.company, c.notes])
    return response


def export_metrics(request):
    response = HttpResponse(content_type="text/csv")
    writer = csv.writer(response)
    writer.writerow(["timestamp", "cpu", "mem"])
    for s in MetricSample.objects.order_by("ts")[:1000]:
        writer.writerow([s.ts.isoformat(), f"{s.cpu:.2f}", int(s.mem)])
    return response


def import_contacts(upload):
    reader = csv.reader(io.TextIOWrapper(upload, encoding="utf-8"))
    return [row for row in reader if row]
