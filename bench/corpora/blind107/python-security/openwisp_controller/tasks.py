import ipaddress
import subprocess

from celery import shared_task

from .models import Device


@shared_task
def ping_device(device_pk):
    device = Device.objects.get(pk=device_pk)
    target = device.management_ip or device.name
    # expect: command-injection
    return subprocess.call(f"fping -c 3 -q {target}", shell=True)


@shared_task
def ping_device_checked(device_pk):
    device = Device.objects.get(pk=device_pk)
    try:
        target = str(ipaddress.ip_address(device.management_ip))
    except ValueError:
        return None
    return subprocess.call(["fping", "-c", "3", "-q", target])
