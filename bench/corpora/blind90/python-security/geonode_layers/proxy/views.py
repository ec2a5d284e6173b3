from urllib.parse import urlsplit

import requests
from django.conf import settings
from django.http import HttpResponse, HttpResponseBadRequest


def proxy(request):
    raw_url = request.GET.get("url")
    if not raw_url:
        return HttpResponseBadRequest("url is required")
    host = urlsplit(raw_url).hostname
    if host not in settings.PROXY_ALLOWED_HOSTS:
        return HttpResponseBadRequest("host not allowed")
    resp = requests.get(raw_url, timeout=settings.PROXY_TIMEOUT)
    return HttpResponse(resp.content, status=resp.status_code, content_type=resp.headers.get("Content-Type"))


def ogc_proxy(request, path):
    target = request.GET.get("target") or settings.OGC_SERVER_URL
    # expect: ssrf
    resp = requests.get(target.rstrip("/") + "/" + path, params=request.GET.dict(), timeout=30)
    return HttpResponse(resp.content, status=resp.status_code)
