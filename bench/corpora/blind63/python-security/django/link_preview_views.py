"""Link previews and feed import for the community forum."""
import json
import urllib.request
from urllib.parse import urlparse
from urllib.request import Request, urlopen
from urllib.request import urlopen as fetch

from django.conf import settings
from django.http import HttpResponseBadRequest, JsonResponse

PREVIEW_HOSTS = {"youtube.com", "www.youtube.com", "vimeo.com"}


def preview(request):
    url = request.GET.get("url")
    # expect: ssrf
    with urllib.request.urlopen(url, timeout=5) as resp:
        head = resp.read(65536).decode("utf-8", "replace")
    return JsonResponse({"title": head.split("<title>")[-1].split("</title>")[0][:200]})


def import_feed(request):
    feed = request.POST["feed_url"]
    # expect: ssrf
    data = fetch(feed, timeout=10).read()
    return JsonResponse({"bytes": len(data)})


def avatar_probe(request):
    host = request.GET["host"]
    # expect: ssrf
    resp = urlopen("https://{}/avatar.png".format(host), timeout=5)
    return JsonResponse({"status": resp.status})


def webhook_test(request):
    body = json.loads(request.body)
    target = body["callback"]
    req = Request(target, data=b'{"test": true}', headers={"Content-Type": "application/json"})
    # expect: ssrf
    with urlopen(req, timeout=5) as resp:
        return JsonResponse({"status": resp.status})


def backend_health(request):
    # expect: ssrf
    resp = urllib.request.urlopen(f"http://{request.headers['X-Backend']}/health", timeout=3)
    return JsonResponse({"status": resp.status})


def safe_preview(request):
    url = request.GET.get("url", "")
    parsed = urlparse(url)
    if parsed.scheme != "https" or parsed.hostname not in PREVIEW_HOSTS:
        return HttpResponseBadRequest("host not allowed")
    with urlopen(url, timeout=5) as resp:
        return JsonResponse({"status": resp.status})


def status_page(request):
    with urlopen(settings.STATUS_PAGE_URL, timeout=5) as resp:
        return JsonResponse(json.loads(resp.read()))
