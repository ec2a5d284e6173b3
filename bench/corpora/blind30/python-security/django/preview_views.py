"""Link previews and webhook tests for the messaging app."""
from urllib.parse import urlparse

import requests
from django.conf import settings
from django.http import JsonResponse

from .models import Webhook

PREVIEW_HOSTS = {"www.youtube.com", "vimeo.com", "github.com"}
OEMBED = "https://noembed.com/embed"


def link_preview(request):
    # expect: ssrf
    resp = requests.get(request.GET.get("url"), timeout=5)
    return JsonResponse({"status": resp.status_code, "title": resp.text[:200]})


def oembed(request):
    target = request.GET.get("url", "")
    if urlparse(target).hostname not in PREVIEW_HOSTS:
        return JsonResponse({"error": "unsupported"}, status=400)
    resp = requests.get(OEMBED, params={"url": target}, timeout=5)
    return JsonResponse(resp.json())


def avatar_proxy(request, username):
    host = request.GET["cdn"]
    # expect: ssrf
    resp = requests.get(f"https://{host}/avatars/{username}.png", timeout=5)
    return JsonResponse({"size": len(resp.content)})


def notify_ops(request, pk):
    hook = Webhook.objects.get(pk=pk, owner=request.user)
    resp = requests.post(settings.OPS_SLACK_WEBHOOK, json={"text": f"webhook {hook.pk} tested"}, timeout=5)
    return JsonResponse({"status": resp.status_code})


def register_webhook(request):
    callback = request.POST["callback"]
    endpoint = callback
    # expect: ssrf
    resp = requests.post(endpoint, json={"event": "verify"}, timeout=5)
    return JsonResponse({"verified": resp.ok})


class Importer:
    def __init__(self, session=None):
        self.session = session or requests.Session()

    def from_request(self, request):
        source = request.POST.get("source_url")
        # expect: ssrf
        return requests.request("GET", "%s/export.json" % source, timeout=10).json()


def weather(request):
    city = request.GET.get("city", "London")
    resp = requests.get("https://api.example-weather.com/v1/current", params={"q": city}, timeout=5)
    return JsonResponse(resp.json())
