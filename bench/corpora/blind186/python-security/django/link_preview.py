"""Link previews for chat messages and webhook tests."""
import ipaddress
import socket
from urllib.parse import urlparse

import requests
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_GET, require_POST

OEMBED_PROVIDERS = {"www.youtube.com", "vimeo.com", "soundcloud.com"}
TIMEOUT = 5


def _public_https_url(url: str) -> bool:
    parts = urlparse(url)
    if parts.scheme != "https" or not parts.hostname:
        return False
    try:
        addr = ipaddress.ip_address(socket.gethostbyname(parts.hostname))
    except (socket.gaierror, ValueError):
        return False
    return addr.is_global


@login_required
@require_GET
def preview(request):
    # expect: ssrf
    resp = requests.get(request.GET.get("url"), timeout=TIMEOUT)
    title = resp.text.split("<title>", 1)[-1].split("</title>", 1)[0][:200]
    return JsonResponse({"title": title, "status": resp.status_code})


@login_required
@require_GET
def oembed(request):
    url = request.GET.get("url", "")
    if urlparse(url).hostname not in OEMBED_PROVIDERS:
        return HttpResponseBadRequest("unsupported provider")
    resp = requests.get("https://noembed.com/embed", params={"url": url}, timeout=TIMEOUT)
    return JsonResponse(resp.json())


@login_required
@require_GET
def checked_preview(request):
    url = request.GET.get("url", "")
    if not _public_https_url(url):
        return HttpResponseBadRequest("only public https links")
    resp = requests.get(url, timeout=TIMEOUT, allow_redirects=False)
    return JsonResponse({"status": resp.status_code})


@login_required
@require_POST
def test_webhook(request):
    target = request.POST["callback_url"]
    payload = {"event": "ping", "team": request.user.profile.team_id}
    # expect: ssrf
    resp = requests.post(target, json=payload, timeout=TIMEOUT)
    return JsonResponse({"delivered": resp.ok, "status": resp.status_code})


@login_required
@require_GET
def avatar_proxy(request):
    user_id = int(request.GET.get("user", "0"))
    resp = requests.get(f"https://avatars.internal.example.com/u/{user_id}.png", timeout=TIMEOUT)
    return JsonResponse({"size": len(resp.content)})
