"""Fetches titles for links pasted into the team chat."""
import ipaddress
import re
import socket
import urllib.request
from urllib.parse import urlparse

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse

TITLE = re.compile(rb"<title[^>]{0,200}>([^<]{0,300})</title>", re.I)
OEMBED = "https://noembed.com/embed?url={}"


def _public_host(url):
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        return False
    addr = ipaddress.ip_address(socket.gethostbyname(parsed.hostname))
    return addr.is_global


@login_required
def preview(request):
    url = request.GET.get("url", "")
    # expect: ssrf
    with urllib.request.urlopen(url, timeout=5) as resp:
        head = resp.read(65536)
    match = TITLE.search(head)
    return JsonResponse({"title": match.group(1).decode(errors="replace") if match else url})


@login_required
def preview_checked(request):
    url = request.GET.get("url", "")
    if not _public_host(url):
        return JsonResponse({"error": "not allowed"}, status=400)
    with urllib.request.urlopen(url, timeout=5) as resp:
        head = resp.read(65536)
    match = TITLE.search(head)
    return JsonResponse({"title": match.group(1).decode(errors="replace") if match else url})


@login_required
def oembed(request):
    from urllib.parse import quote
    target = OEMBED.format(quote(request.GET.get("url", ""), safe=""))
    with urllib.request.urlopen(target, timeout=5) as resp:
        return JsonResponse({"oembed": resp.read().decode()})


@login_required
def favicon(request):
    host = request.GET.get("host", "")
    # expect: ssrf
    data = urllib.request.urlopen("http://%s/favicon.ico" % host, timeout=5).read()
    return JsonResponse({"size": len(data)})
