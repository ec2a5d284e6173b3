"""CSV exports of event attendees; names and notes are typed in by attendees."""
import csv
import csv as csvlib
import io
from csv import writer as csv_writer

import defusedcsv
from django.contrib.admin.views.decorators import staff_member_required
from django.http import HttpResponse, StreamingHttpResponse

from .models import Attendee

HEADER = ["name", "email", "company", "notes"]


@staff_member_required
def export_attendees(request, event_id):
    response = HttpResponse(content_type="text/csv")
    response["Content-Disposition"] = f'attachment; filename="event-{event_id}.csv"'
    # expect: csv-injection
    out = csv.writer(response)
    out.writerow(HEADER)
    for a in Attendee.objects.filter(event_id=event_id):
        out.writerow([a.name, a.email, a.company, a.notes])
    return response


class Echo:
    def write(self, value):
        return value


@staff_member_required
def stream_attendees(request, event_id):
    # expect: csv-injection
    w = csvlib.writer(Echo())
    rows = (w.writerow([a.name, a.company, a.notes]) for a in Attendee.objects.filter(event_id=event_id).iterator())
    return StreamingHttpResponse(rows, content_type="text/csv")


def attendee_csv_bytes(event_id):
    buf = io.StringIO()
    # expect: csv-injection
    w = csv_writer(buf, quoting=csv.QUOTE_MINIMAL)
    for a in Attendee.objects.filter(event_id=event_id):
        w.writerow([a.name, a.notes])
    return buf.getvalue().encode()


@staff_member_required
def export_safe(request, event_id):
    response = HttpResponse(content_type="text/csv")
    out = defusedcsv.writer(response)
    out.writerow(HEADER)
    for a in Attendee.objects.filter(event_id=event_id):
        out.writerow([a.name, a.email, a.company, a.notes])
    return response


def read_import(fh):
    return list(csv.reader(fh))
