"""CSV exports of user-entered data (Django)."""
import csv
import csv as _csv
import io
from csv import writer as csv_writer

import defusedcsv
from django.contrib.admin.views.decorators import staff_member_required
from django.http import HttpResponse, StreamingHttpResponse

from .models import Contact, Ticket


class Echo:
    def write(self, value):
        return value


@staff_member_required
def export_tickets(request):
    response = HttpResponse(content_type="text/csv")
    response["Content-Disposition"] = 'attachment; filename="tickets.csv"'
    # expect: csv-injection
    out = csv.writer(response)
    out.writerow(["id", "subject", "reporter", "body"])
    for t in Ticket.objects.all():
        out.writerow([t.id, t.subject, t.reporter.email, t.body])
    return response


@staff_member_required
def export_contacts(request):
    # expect: csv-injection
    rows = (csv_writer(Echo()).writerow([c.name, c.company, c.phone]) for c in Contact.objects.iterator())
    return StreamingHttpResponse(rows, content_type="text/csv")


def contacts_report_bytes(contacts):
    buffer = io.StringIO()
    # expect: csv-injection
    w = _csv.writer(buffer, quoting=_csv.QUOTE_MINIMAL)
    for contact in contacts:
        w.writerow([contact.name, contact.notes])
    return buffer.getvalue().encode("utf-8")


@staff_member_required
def export_tickets_dict(request):
    response = HttpResponse(content_type="text/csv")
    # expect: csv-injection
    writer = csv.DictWriter(response, fieldnames=["subject", "body"])
    writer.writeheader()
    for t in Ticket.objects.all():
        writer.writerow({"subject": t.subject, "body": t.body})
    return response


@staff_member_required
def export_tickets_safe(request):
    response = HttpResponse(content_type="text/csv")
    out = defusedcsv.writer(response)
    for t in Ticket.objects.all():
        out.writerow([t.id, t.subject, t.body])
    return response


def import_contacts(upload):
    reader = csv.reader(io.TextIOWrapper(upload, encoding="utf-8"))
    return [row for row in reader if row]
