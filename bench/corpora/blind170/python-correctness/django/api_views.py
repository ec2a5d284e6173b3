"""Small JSON endpoints for the event calendar widget."""
import json

from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse, JsonResponse
from django.views.decorators.http import require_GET

from .models import Event


@require_GET
def upcoming(request):
    events = list(Event.objects.filter(published=True).values("id", "title", "starts_on")[:20])
    return JsonResponse({"events": events})


@require_GET
def event_detail(request, event_id):
    event = Event.objects.filter(pk=event_id, published=True).values("id", "title", "description", "starts_on").first()
    body = json.dumps(event, cls=DjangoJSONEncoder)
    # served as text/html: a title like "<script>" in the JSON is run by browsers that open the URL
    # expect: use-json-response
    return HttpResponse(body)


@require_GET
def venues(request):
    data = json.dumps([{"id": v.id, "name": v.name} for v in Event.venues()])
    # expect: use-json-response
    response = HttpResponse(data, status=200)
    response["Cache-Control"] = "max-age=300"
    return response


@require_GET
def calendar_feed(request):
    payload = json.dumps({"events": list(Event.objects.values("id", "starts_on"))}, cls=DjangoJSONEncoder)
    return HttpResponse(payload, content_type="application/json")


@require_GET
def ical(request):
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0"]
    for e in Event.objects.filter(published=True):
        lines += ["BEGIN:VEVENT", f"SUMMARY:{e.title}", f"DTSTART:{e.starts_on:%Y%m%d}", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return HttpResponse("\r\n".join(lines), content_type="text/calendar")


def health(request):
    return JsonResponse({"ok": True, "config": json.loads(json.dumps({"tz": "UTC"}))})
