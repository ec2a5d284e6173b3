"""Integration checks: the admin UI pings a partner's status endpoint."""
from urllib.parse import quote

import requests
from django.http import JsonResponse

PARTNER_HOSTS = {"acme": "status.acme.example.com", "globex": "api.globex.example.net"}


def ping_partner(request):
    host = request.GET["host"]
    # expect: ssrf
    resp = requests.get(f"https://{host}/healthz", timeout=5)
    return JsonResponse({"status": resp.status_code})


def test_webhook(request):
    domain = request.POST.get("domain")
    # expect: ssrf
    resp = requests.post("https://%s/hooks/test" % domain, json={"ping": True}, timeout=5)
    return JsonResponse({"status": resp.status_code})


def fetch_logo(request):
    # expect: ssrf
    url = "http://" + request.GET.get("cdn", "cdn.example.com") + "/logo.png"
    return JsonResponse({"size": len(requests.get(url, timeout=5).content)})


def ping_known_partner(request):
    host = PARTNER_HOSTS.get(request.GET.get("partner"), PARTNER_HOSTS["acme"])
    resp = requests.get(f"https://{host}/healthz", timeout=5)
    return JsonResponse({"status": resp.status_code})


def order_status(request):
    order_id = quote(request.GET.get("order", ""), safe="")
    resp = requests.get(f"https://orders.internal.example.com/v1/orders/{order_id}", timeout=5)
    return JsonResponse(resp.json())
