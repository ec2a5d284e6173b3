"""Uptime checks: customers add HTTP checks against their own services."""
import requests
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import Check
from .netguard import is_public_host

REGIONS = {"eu": "probe-eu.internal", "us": "probe-us.internal", "ap": "probe-ap.internal"}


@login_required
@require_POST
def check_now(request):
    # expect: ssrf
    url = "https://%s/health" % request.POST.get("host")
    resp = requests.get(url, timeout=5, allow_redirects=False)
    return JsonResponse({"status": resp.status_code, "ms": resp.elapsed.total_seconds() * 1000})


@login_required
@require_POST
def check_from_region(request):
    probe = REGIONS.get(request.POST.get("region"), REGIONS["eu"])
    resp = requests.post(f"http://{probe}/run", json={"check_id": int(request.POST["check_id"])}, timeout=10)
    return JsonResponse(resp.json())


@login_required
@require_POST
def check_port(request):
    host = request.POST["host"]
    port = int(request.POST.get("port", 443))
    # expect: ssrf
    resp = requests.get("http://{}:{}/".format(host, port), timeout=5, allow_redirects=False)
    return JsonResponse({"status": resp.status_code})


@login_required
@require_POST
def check_guarded(request):
    host = request.POST["host"]
    if not is_public_host(host):
        return JsonResponse({"error": "host must resolve to a public address"}, status=400)
    resp = requests.get("https://%s/health" % host, timeout=5, allow_redirects=False)
    return JsonResponse({"status": resp.status_code})


@login_required
def check_detail(request, check_id):
    check = Check.objects.get(pk=check_id, owner=request.user)
    resp = requests.get("https://status-api.internal.example/checks/%d" % check.pk, timeout=5)
    return JsonResponse({"name": check.name, "history": resp.json()})
