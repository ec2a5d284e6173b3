"""Link previews for chat messages."""
import ipaddress
import logging
import socket
from urllib.parse import urlparse

import requests
from django.http import JsonResponse
from django.views.decorators.http import require_GET, require_POST

log = logging.getLogger(__name__)

OEMBED_PROVIDERS = {"youtube": "https://www.youtube.com/oembed", "vimeo": "https://vimeo.com/api/oembed.json"}


def _public_host(url):
    host = urlparse(url).hostname or ""
    try:
        return all(ipaddress.ip_address(info[4][0]).is_global for info in socket.getaddrinfo(host, None))
    except (socket.gaierror, ValueError):
        return False


@require_GET
def preview(request):
    url = request.GET.get("url", "")
    # expect: ssrf
    resp = requests.get(url, timeout=5, allow_redirects=True)
    title = resp.text.split("<title>", 1)[-1].split("</title>", 1)[0][:200]
    return JsonResponse({"url": url, "title": title})


@require_GET
def preview_checked(request):
    url = request.GET.get("url", "")
    if urlparse(url).scheme not in ("http", "https") or not _public_host(url):
        return JsonResponse({"error": "url not allowed"}, status=400)
    resp = requests.get(url, timeout=5, allow_redirects=False)
    return JsonResponse({"url": url, "status": resp.status_code})


@require_GET
def oembed(request):
    provider = OEMBED_PROVIDERS.get(request.GET.get("provider"))
    if provider is None:
        return JsonResponse({"error": "unknown provider"}, status=400)
    resp = requests.get(provider, params={"url": request.GET.get("url", ""), "format": "json"}, timeout=5)
    return JsonResponse(resp.json())


@require_POST
def unfurl(request):
    target = request.POST.get("link", "")
    log.info("unfurl %s", target)
    # expect: ssrf
    head = requests.head(target, timeout=3)
    return JsonResponse({"content_type": head.headers.get("Content-Type", "")})


@require_GET
def favicon(request):
    domain = request.GET.get("domain", "")
    # expect: ssrf
    resp = requests.get(f"http://{domain}/favicon.ico", timeout=3)
    return JsonResponse({"size": len(resp.content)})
