"""Tenant integrations: health checks and webhooks against tenant-run servers (Django)."""
import requests
from django.conf import settings
from django.http import JsonResponse
from django.views.decorators.http import require_POST

SERVICES = {"billing": "billing.internal.example.com", "search": "search.internal.example.com"}


def tenant_health(request):
    host = request.GET.get("host")
    # expect: ssrf
    resp = requests.get("https://%s/api/health" % host, timeout=5)
    return JsonResponse({"status": resp.status_code})


def tenant_metrics(request):
    host = request.GET["host"]
    port = request.GET.get("port", "9100")
    # expect: ssrf
    resp = requests.get("https://{}:{}/metrics".format(host, port), timeout=5)
    return JsonResponse({"bytes": len(resp.content)})


@require_POST
def verify_domain(request):
    domain = request.POST["domain"]
    # expect: ssrf
    resp = requests.get(f"https://{domain}/.well-known/acme-verify.txt", timeout=10)
    return JsonResponse({"verified": resp.text.strip() == request.user.tenant.verification_token})


@require_POST
def send_test_webhook(request):
    tenant = request.POST.get("tenant")
    # expect: ssrf
    url = "https://" + tenant + ".hooks.example.net/incoming"
    resp = requests.post(url, json={"event": "test"}, timeout=10)
    return JsonResponse({"status": resp.status_code})


def legacy_callback(request):
    url = "https://"
    # expect: ssrf
    url += request.GET.get("callback_host", "")
    resp = requests.post(url + "/notify", json={"ok": True}, timeout=5)
    return JsonResponse({"status": resp.status_code})


def service_status(request):
    host = SERVICES[request.GET.get("service", "billing")]
    resp = requests.get("https://%s/status" % host, timeout=5)
    return JsonResponse({"status": resp.status_code})


def user_avatar(request, user_id):
    resp = requests.get(f"https://{settings.AVATAR_HOST}/u/{user_id}.png", timeout=5)
    return JsonResponse({"size": len(resp.content)})
