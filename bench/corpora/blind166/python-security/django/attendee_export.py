"""Event organiser exports: attendee lists and check-in sheets."""
import csv

import defusedcsv
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import get_object_or_404

from .models import Event

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value):
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def _csv_response(filename):
    response = HttpResponse(content_type="text/csv")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@login_required
def attendees(request, event_id):
    event = get_object_or_404(Event, pk=event_id, organiser=request.user)
    response = _csv_response(f"attendees-{event.pk}.csv")
    writer = csv.writer(response)
    # expect: csv-injection
    writer.writerow([request.GET.get("sheet_title", event.title)])
    writer.writerow(["name", "email", "ticket"])
    for a in event.attendees.all():
        writer.writerow([_cell(a.name), _cell(a.email), a.ticket_type])
    return response


@login_required
def checkin_sheet(request, event_id):
    event = get_object_or_404(Event, pk=event_id, organiser=request.user)
    response = _csv_response(f"checkin-{event.pk}.csv")
    writer = defusedcsv.writer(response)
    writer.writerow([request.GET.get("sheet_title", event.title)])
    for a in event.attendees.order_by("name"):
        writer.writerow([a.name, a.ticket_type, ""])
    return response


@login_required
def import_preview(request, event_id):
    """Echo the uploaded rows back as CSV after trimming whitespace."""
    event = get_object_or_404(Event, pk=event_id, organiser=request.user)
    upload = request.FILES["attendees"].read().decode("utf-8").splitlines()
    response = _csv_response(f"preview-{event.pk}.csv")
    writer = csv.writer(response)
    for row in csv.reader(upload):
        # expect: csv-injection
        writer.writerow([cell.strip() for cell in row])
    return response


@login_required
def stats(request, event_id):
    event = get_object_or_404(Event, pk=event_id, organiser=request.user)
    response = _csv_response(f"stats-{event.pk}.csv")
    writer = csv.writer(response)
    writer.writerow(["registered", "checked_in", "no_show"])
    writer.writerow([event.attendees.count(), event.attendees.filter(checked_in=True).count(), event.no_show_count()])
    return response
