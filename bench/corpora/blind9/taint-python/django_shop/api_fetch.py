# library: Django + requests (server-side fetches)
"""Link preview and webhook test endpoints."""
import json
from urllib.parse import urlparse

import requests
from django.http import JsonResponse
from django.views.decorators.http import require_POST

PREVIEW_HOSTS = {"www.youtube.com", "vimeo.com", "twitter.com"}


@require_POST
def link_preview(request):
    url = json.loads(request.body)["url"]
    # expect: ssrf
    r = requests.get(url, timeout=5)
    return JsonResponse({"status": r.status_code, "title": r.text[:200]})


@require_POST
def link_preview_safe(request):
    url = json.loads(request.body)["url"]
    parts = urlparse(url)
    if parts.scheme != "https" or parts.hostname not in PREVIEW_HOSTS:
        return JsonResponse({"error": "host not allowed"}, status=400)
    r = requests.get(url, timeout=5, allow_redirects=False)
    return JsonResponse({"status": r.status_code})


@require_POST
def test_webhook(request):
    target = request.POST["target"]
    # expect: ssrf
    r = requests.post(target, json={"event": "ping"}, timeout=5)
    return JsonResponse({"status": r.status_code})
