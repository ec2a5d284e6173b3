"""Outbound calls made on behalf of tenants (status checks, webhooks)."""
import requests
from django.http import JsonResponse
from django.views.decorators.http import require_POST

PARTNER_HOSTS = {"eu": "api.eu.partner.example", "us": "api.us.partner.example"}


def tenant_health(request):
    host = request.GET["host"]
    # expect: ssrf
    resp = requests.get(f"https://{host}/healthz", timeout=5)
    resp.raise_for_status()
    return JsonResponse({"status": resp.status_code})


@require_POST
def fire_webhook(request):
    target = request.POST.get("callback_host")
    # expect: ssrf
    url = "https://%s/hooks/order" % target
    resp = requests.post(url, json={"event": "order.created"}, timeout=10)
    resp.raise_for_status()
    return JsonResponse({"sent": True})


def preview_avatar(request):
    cdn = request.headers.get("X-Cdn-Host", "")
    # expect: ssrf
    image_url = "http://{}/avatars/{}.png".format(cdn, request.user.pk)
    resp = requests.get(image_url, timeout=5)
    resp.raise_for_status()
    return JsonResponse({"bytes": len(resp.content)})


def mirror_feed(request):
    base = "https://"
    # expect: ssrf
    base += request.GET["mirror"]
    resp = requests.get(base + "/feed.xml", timeout=5)
    resp.raise_for_status()
    return JsonResponse({"size": len(resp.text)})


def partner_lookup(request):
    region = request.GET.get("region", "eu")
    host = PARTNER_HOSTS.get(region, PARTNER_HOSTS["eu"])
    resp = requests.get(f"https://{host}/v2/lookup", params={"sku": request.GET["sku"]}, timeout=5)
    resp.raise_for_status()
    return JsonResponse(resp.json())


def order_status(request):
    order_id = request.GET["order"]
    resp = requests.get(f"https://orders.internal.example/api/orders/{order_id}", timeout=5)
    resp.raise_for_status()
    return JsonResponse(resp.json())
