"""Link previews and integration checks for the team workspace (Django)."""
import logging

import requests
from django.http import JsonResponse
from django.views.decorators.http import require_GET, require_POST

log = logging.getLogger(__name__)

INTEGRATIONS = {
    "github": "https://api.github.com/meta",
    "slack": "https://slack.com/api/api.test",
}


@require_GET
def link_preview(request):
    # expect: ssrf
    resp = requests.get(request.GET.get("url"), timeout=5)
    title = resp.text.split("<title>")[-1].split("</title>")[0][:200]
    return JsonResponse({"title": title})


@require_POST
def check_webhook(request):
    # expect: ssrf
    resp = requests.post(f"{request.POST['endpoint']}/ping", json={"ping": True}, timeout=5)
    return JsonResponse({"status": resp.status_code})


@require_GET
def favicon(request):
    # expect: ssrf
    resp = requests.get("https://{}/favicon.ico".format(request.GET.get("domain")), timeout=5)
    return JsonResponse({"found": resp.ok})


@require_GET
def integration_status(request):
    url = INTEGRATIONS.get(request.GET.get("name"), INTEGRATIONS["github"])
    resp = requests.get(url, timeout=5)
    return JsonResponse({"ok": resp.ok})


@require_GET
def weather(request):
    resp = requests.get("https://api.weather.example/v1/current", params={"city": request.GET.get("city")}, timeout=5)
    return JsonResponse(resp.json())
