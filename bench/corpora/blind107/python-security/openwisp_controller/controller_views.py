"""Views the device agent calls: register, report status, download config."""
from django.http import HttpResponse, JsonResponse
from django.views.decorators.csrf import csrf_exempt

from .models import Device
from .utils import get_device_or_403, agent_param

VALID_STATUSES = ("applied", "error", "modified")


@csrf_exempt
def device_register(request):
    mac = agent_param(request, "mac_address")
    hardware_id = agent_param(request, "hardware_id", "")
    existing = Device.objects.find_for_registration(mac, hardware_id)
    if existing is None:
        existing = Device.objects.find_for_registration_safe(mac, hardware_id)
    return JsonResponse({"id": str(existing.pk) if existing else None})


@csrf_exempt
def device_report_status(request, pk):
    device = get_device_or_403(request, pk)
    status = request.POST.get("status")
    if status not in VALID_STATUSES:
        return HttpResponse("invalid status", status=400)
    Device.objects.set_status(device.pk, status)
    return HttpResponse("ok")


@csrf_exempt
def device_update_info(request, pk):
    device = get_device_or_403(request, pk)
    model = request.POST.get("model", "")
    Device.objects.update_info(device.pk, model)
    return HttpResponse("ok")
