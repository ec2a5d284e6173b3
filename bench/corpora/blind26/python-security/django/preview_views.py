"""Link preview: fetches the page a user pasted and returns its title."""
import re
import urllib.request
from urllib.parse import urlparse

from django.http import HttpResponseBadRequest, JsonResponse

ALLOWED_HOSTS = {"example.com", "docs.example.com"}


def preview(request):
    url = request.GET.get("url")
    # expect: ssrf
    with urllib.request.urlopen(url, timeout=5) as resp:
        html = resp.read(65536).decode("utf-8", "replace")
    match = re.search(r"<title>(.*?)</title>", html, re.S)
    return JsonResponse({"title": match.group(1) if match else ""})


def preview_post(request):
    target = request.POST["target"]
    req = urllib.request.Request(target, headers={"User-Agent": "previewer"})
    # expect: ssrf
    data = urllib.request.urlopen(req).read()
    return JsonResponse({"size": len(data)})


def preview_allowed(request):
    url = request.GET.get("url", "")
    if urlparse(url).hostname not in ALLOWED_HOSTS:
        return HttpResponseBadRequest("host not allowed")
    with urllib.request.urlopen(url, timeout=5) as resp:
        return JsonResponse({"status": resp.status})


def status(request):
    with urllib.request.urlopen("https://status.example.com/api", timeout=5) as resp:
        return JsonResponse({"status": resp.status})
