"""Link previews: fetch a page the user pasted and read its title."""
import re
import urllib.request
from urllib.parse import urlparse

from django.http import HttpResponseBadRequest, JsonResponse

TITLE_RE = re.compile(r"<title>([^<]{0,200})</title>", re.I)
ALLOWED_HOSTS = {"www.youtube.com", "vimeo.com"}


def preview(request):
    url = request.GET.get("url")
    # expect: ssrf
    html = urllib.request.urlopen(url, timeout=5).read(65536).decode("utf-8", "replace")
    m = TITLE_RE.search(html)
    return JsonResponse({"title": m.group(1) if m else None})


def avatar_proxy(request):
    host = request.GET["host"]
    target = "https://{}/avatar.png".format(host)
    # expect: ssrf
    with urllib.request.urlopen(target, timeout=5) as resp:
        return JsonResponse({"size": len(resp.read())})


def webhook_test(request):
    hook = request.POST.get("hook")
    probe_url = "%s?ping=1" % hook
    # expect: ssrf
    resp = urllib.request.urlopen(probe_url, data=b"{}", timeout=5)
    return JsonResponse({"status": resp.status})


def oembed(request):
    # expect: ssrf
    return JsonResponse({"raw": urllib.request.urlopen(f"{request.GET.get('provider')}/oembed?format=json", timeout=5).read().decode()})


def preview_allowlisted(request):
    url = request.GET.get("url", "")
    parts = urlparse(url)
    if parts.scheme != "https" or parts.hostname not in ALLOWED_HOSTS:
        return HttpResponseBadRequest("host not allowed")
    html = urllib.request.urlopen(parts.geturl(), timeout=5).read(65536).decode("utf-8", "replace")
    m = TITLE_RE.search(html)
    return JsonResponse({"title": m.group(1) if m else None})


def status_page(request):
    with urllib.request.urlopen("https://status.example.com/api/v2/status.json", timeout=5) as resp:
        return JsonResponse({"raw": resp.read().decode()})
