"""Link previews and webhook tests for the editor."""
from urllib.parse import urlparse

import requests
import requests as http
from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_GET, require_POST

OEMBED_PROVIDERS = {
    "youtube": "https://www.youtube.com/oembed",
    "vimeo": "https://vimeo.com/api/oembed.json",
}
ALLOWED_HOSTS = {"api.github.com", "hooks.slack.com"}


@require_GET
def preview(request):
    # expect: ssrf
    resp = requests.get(request.GET.get("url"), timeout=5)
    resp.raise_for_status()
    return JsonResponse({"status": resp.status_code, "length": len(resp.content)})


@require_POST
def test_webhook(request):
    target = request.POST["callback"]
    payload = {"event": "ping"}
    # expect: ssrf
    resp = http.post(target, json=payload, timeout=5)
    resp.raise_for_status()
    return JsonResponse({"delivered": resp.ok})


@require_GET
def avatar_proxy(request):
    host = request.GET.get("host", "gravatar.com")
    # expect: ssrf
    resp = requests.get("https://{}/avatar/{}".format(host, request.GET.get("hash", "")), timeout=5)
    resp.raise_for_status()
    return JsonResponse({"type": resp.headers.get("Content-Type")})


@require_GET
def status_page(request):
    service = request.GET["service"]
    # expect: ssrf
    resp = requests.head(f"https://{service}.internal.example.com/healthz", timeout=3)
    return JsonResponse({"up": resp.status_code == 200})


@require_GET
def feed(request):
    base = request.GET.get("base", "")
    url = base + "/feed.xml"
    # expect: ssrf
    resp = requests.request("GET", url, timeout=5)
    resp.raise_for_status()
    return JsonResponse({"bytes": len(resp.content)})


@require_GET
def oembed(request):
    provider = request.GET.get("provider", "youtube")
    endpoint = OEMBED_PROVIDERS.get(provider)
    if endpoint is None:
        return HttpResponseBadRequest("unknown provider")
    resp = requests.get(endpoint, params={"url": request.GET.get("url"), "format": "json"}, timeout=5)
    resp.raise_for_status()
    return JsonResponse(resp.json())


@require_POST
def forward(request):
    target = request.POST.get("target", "")
    if urlparse(target).scheme != "https" or urlparse(target).hostname not in ALLOWED_HOSTS:
        return HttpResponseBadRequest("host not allowed")
    resp = requests.post(target, data=request.body, timeout=5)
    resp.raise_for_status()
    return JsonResponse({"status": resp.status_code})
