# library: django + urllib.request
import urllib.request
from urllib.parse import urlencode, urlparse

from django.conf import settings
from django.http import HttpResponse, HttpResponseBadRequest

ALLOWED_FEED_HOSTS = {"feeds.example.org", "status.example.net"}


def preview(request):
    url = request.GET.get("url", "")
    # expect: ssrf
    with urllib.request.urlopen(url, timeout=5) as resp:
        return HttpResponse(resp.read(4096), content_type="text/plain")


def avatar_proxy(request):
    host = request.GET.get("host") or "gravatar.com"
    # expect: ssrf
    data = urllib.request.urlopen(f"https://{host}/avatar/{request.GET.get('h', '')}", timeout=5).read()
    return HttpResponse(data, content_type="image/png")


def feed(request):
    url = request.GET.get("url", "")
    if urlparse(url).hostname not in ALLOWED_FEED_HOSTS:
        return HttpResponseBadRequest("host not allowed")
    with urllib.request.urlopen(url, timeout=5) as resp:
        return HttpResponse(resp.read(), content_type="application/rss+xml")


def geocode(request):
    query = urlencode({"q": request.GET.get("q", ""), "key": settings.GEOCODER_KEY})
    with urllib.request.urlopen(f"{settings.GEOCODER_URL}?{query}", timeout=5) as resp:
        return HttpResponse(resp.read(), content_type="application/json")
