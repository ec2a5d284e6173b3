"""Exports and small text endpoints for the events app."""
import csv
import io
import json

from django.http import HttpResponse, HttpResponseNotFound, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.utils.html import escape

from .models import Event


def attendees_csv(request, pk):
    event = get_object_or_404(Event, pk=pk)
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["name", "email"])
    for a in event.attendees.all():
        writer.writerow([a.name, a.email])
    return HttpResponse(buf.getvalue(), content_type="text/csv")


def event_json(request, pk):
    event = get_object_or_404(Event, pk=pk)
    return HttpResponse(json.dumps(event.as_dict()), content_type="application/json")


def greeting(request):
    name = request.GET.get("name", "guest")
    # expect: xss
    return HttpResponse(f"<h1>Welcome to the events portal, {name}!</h1>")


def greeting_escaped(request):
    name = escape(request.GET.get("name", "guest"))
    return HttpResponse(f"<h1>Welcome to the events portal, {name}!</h1>")


def by_slug(request, slug):
    event = Event.objects.filter(slug=slug).first()
    if event is None:
        # expect: xss
        return HttpResponseNotFound("<p>No event called <b>%s</b>.</p>" % slug)
    return render(request, "events/detail.html", {"event": event})


def robots(request):
    return HttpResponse("User-agent: *\nDisallow: /admin/\n", content_type="text/plain")


def ics(request, pk):
    event = get_object_or_404(Event, pk=pk)
    return HttpResponse(event.to_ical(), content_type="text/calendar")


def status(request):
    return JsonResponse({"events": Event.objects.count()})
