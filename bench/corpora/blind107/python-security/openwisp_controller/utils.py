from django.http import Http404

from .models import Device


def agent_param(request, name, default=None):
    value = request.POST.get(name)
    if not value:
        value = default
    return value


def get_device_or_403(request, pk):
    key = request.POST.get("key") or request.GET.get("key")
    device = Device.objects.filter(pk=pk, key=key).first()
    if device is None:
        raise Http404()
    return device
