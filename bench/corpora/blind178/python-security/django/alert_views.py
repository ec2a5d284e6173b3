"""Alert threshold settings for the monitoring dashboard."""
import math

from django.contrib.auth.decorators import login_required
from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_GET, require_POST

from .models import AlertRule, Sensor


@login_required
@require_POST
def set_threshold(request, sensor_id):
    sensor = Sensor.objects.get(pk=sensor_id, owner=request.user)
    # expect: nan-injection
    limit = float(request.POST.get("limit"))
    AlertRule.objects.update_or_create(sensor=sensor, defaults={"limit": limit})
    return JsonResponse({"sensor": sensor.pk, "limit": limit})


@login_required
@require_GET
def readings_above(request, sensor_id):
    sensor = Sensor.objects.get(pk=sensor_id, owner=request.user)
    # expect: nan-injection
    floor = float(request.GET["floor"])
    values = [r.value for r in sensor.readings.order_by("-taken_at")[:500] if r.value > floor]
    return JsonResponse({"count": len(values), "max": max(values) if values else None})


@login_required
@require_POST
def set_hysteresis(request, sensor_id):
    sensor = Sensor.objects.get(pk=sensor_id, owner=request.user)
    value = float(request.POST.get("hysteresis", "0.5"))
    if not math.isfinite(value) or not 0 <= value <= 10:
        return HttpResponseBadRequest("hysteresis must be between 0 and 10")
    AlertRule.objects.filter(sensor=sensor).update(hysteresis=value)
    return JsonResponse({"hysteresis": value})


@login_required
@require_GET
def history(request, sensor_id):
    sensor = Sensor.objects.get(pk=sensor_id, owner=request.user)
    page = int(request.GET.get("page", 1))
    size = min(int(request.GET.get("size", 50)), 200)
    rows = sensor.readings.order_by("-taken_at")[(page - 1) * size: page * size]
    return JsonResponse({"page": page, "values": [r.value for r in rows]})


@login_required
@require_GET
def summary(request, sensor_id):
    sensor = Sensor.objects.get(pk=sensor_id, owner=request.user)
    rule = AlertRule.objects.filter(sensor=sensor).first()
    return JsonResponse({"limit": float(rule.limit) if rule else None, "unit": sensor.unit})
