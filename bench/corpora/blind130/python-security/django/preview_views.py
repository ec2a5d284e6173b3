"""Link-preview endpoints of the chat app."""
import json
import urllib.request
from urllib.parse import urlparse

from django.http import HttpResponseBadRequest, JsonResponse

ALLOWED_HOSTS = {"www.youtube.com", "vimeo.com", "github.com"}


def preview(request):
    # expect: ssrf
    with urllib.request.urlopen(request.GET.get("url"), timeout=5) as resp:
        head = resp.read(65536)
    return JsonResponse({"size": len(head)})


def service_status(request):
    # expect: ssrf
    body = urllib.request.urlopen(f"https://{request.GET['host']}/status.json", timeout=5).read()
    return JsonResponse(json.loads(body))


def import_feed(request):
    feed = request.POST["feed"]
    # expect: ssrf
    data = urllib.request.urlopen(feed, timeout=10).read()
    return JsonResponse({"bytes": len(data)})


def preview_allowlisted(request):
    url = request.GET.get("url", "")
    parsed = urlparse(url)
    if parsed.scheme != "https" or parsed.hostname not in ALLOWED_HOSTS:
        return HttpResponseBadRequest("host not allowed")
    with urllib.request.urlopen(url, timeout=5) as resp:
        head = resp.read(65536)
    return JsonResponse({"size": len(head)})


def own_status(request):
    body = urllib.request.urlopen("https://status.example.com/status.json", timeout=5).read()
    return JsonResponse(json.loads(body))
