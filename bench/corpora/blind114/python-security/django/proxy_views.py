"""Link preview and health-check proxy views."""
import ipaddress
import json
import socket
import urllib.request
from urllib.parse import urlparse

from django.http import HttpResponseBadRequest, JsonResponse

ALLOWED_HOSTS = {"status.example.com", "api.example.com"}


def link_preview(request):
    # expect: ssrf
    with urllib.request.urlopen(request.GET.get("url"), timeout=5) as resp:
        head = resp.read(4096).decode("utf-8", "replace")
    return JsonResponse({"head": head})


def fetch_callback(request):
    callback = request.POST["callback"]
    # expect: ssrf
    resp = urllib.request.urlopen(callback, timeout=5)
    return JsonResponse({"status": resp.status})


def service_status(request):
    # expect: ssrf
    resp = urllib.request.urlopen("https://{}/status".format(request.GET.get("host")), timeout=5)
    return JsonResponse(json.loads(resp.read()))


def tenant_health(request):
    tenant = request.GET["tenant"]
    # expect: ssrf
    resp = urllib.request.urlopen(f"https://{tenant}.svc.example.internal:8443/health", timeout=3)
    return JsonResponse({"ok": resp.status == 200})


def item_details(request):
    item_id = int(request.GET["id"])
    resp = urllib.request.urlopen(f"https://api.example.com/v1/items/{item_id}", timeout=5)
    return JsonResponse(json.loads(resp.read()))


def checked_preview(request):
    url = request.GET.get("url", "")
    parsed = urlparse(url)
    if parsed.scheme != "https" or parsed.hostname not in ALLOWED_HOSTS:
        return HttpResponseBadRequest("host not allowed")
    addr = ipaddress.ip_address(socket.gethostbyname(parsed.hostname))
    if addr.is_private or addr.is_loopback:
        return HttpResponseBadRequest("host not allowed")
    with urllib.request.urlopen(url, timeout=5) as resp:
        return JsonResponse({"head": resp.read(4096).decode("utf-8", "replace")})
