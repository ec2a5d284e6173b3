"""JSON endpoints of the mobile app."""
import csv
import io
import json
import logging

from django.http import HttpResponse, JsonResponse

from .models import Device, Release

log = logging.getLogger(__name__)


def latest_release(request):
    release = Release.objects.order_by("-published_at").first()
    body = json.dumps({"version": release.version, "notes": release.notes})
    # expect: use-json-response
    return HttpResponse(body, content_type="application/json")


def device_list(request):
    devices = [{"id": d.pk, "name": d.name} for d in Device.objects.filter(owner=request.user)]
    payload = json.dumps(devices)
    log.debug("returning %d devices", len(devices))
    # expect: use-json-response
    return HttpResponse(payload, content_type="application/json", status=200)


def ping(request):
    data = json.dumps({"ok": True})
    # expect: use-json-response
    return HttpResponse(data)


def device_list_json(request):
    devices = [{"id": d.pk, "name": d.name} for d in Device.objects.filter(owner=request.user)]
    return JsonResponse(devices, safe=False)


def device_csv(request):
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=["id", "name"])
    writer.writeheader()
    for d in Device.objects.filter(owner=request.user):
        writer.writerow({"id": d.pk, "name": d.name})
    return HttpResponse(buf.getvalue(), content_type="text/csv")


def register_device(request):
    data = json.loads(request.body)
    device = Device.objects.create(owner=request.user, name=data["name"])
    log.info("registered %s", json.dumps({"device": device.pk}))
    return JsonResponse({"id": device.pk}, status=201)
