"""Image proxy used by the newsletter editor (stdlib + httpx)."""
import urllib.request
from urllib.request import Request, urlopen

import httpx
from django.http import HttpResponse, HttpResponseBadRequest

CDN = "https://cdn.example.com"


def proxy_image(request):
    src = request.GET["src"]
    # expect: ssrf
    with urllib.request.urlopen(src, timeout=10) as resp:
        return HttpResponse(resp.read(), content_type=resp.headers.get_content_type())


def proxy_image_v2(request):
    req = Request(request.GET["src"], headers={"User-Agent": "newsletter-proxy"})
    # expect: ssrf
    with urlopen(req, timeout=10) as resp:
        return HttpResponse(resp.read(), content_type="image/png")


async def proxy_image_async(request):
    src = request.GET["src"]
    async with httpx.AsyncClient() as client:
        # expect: ssrf
        resp = await client.get(src)
    return HttpResponse(resp.content, content_type=resp.headers.get("content-type"))


def cdn_image(request):
    name = request.GET["name"]
    if "/" in name or ".." in name:
        return HttpResponseBadRequest()
    # safe: fixed host, validated path segment
    with urlopen(f"{CDN}/img/{name}", timeout=10) as resp:
        return HttpResponse(resp.read(), content_type="image/png")


def logo(request):
    # safe: constant URL
    resp = httpx.get(f"{CDN}/logo.svg")
    return HttpResponse(resp.content, content_type="image/svg+xml")
