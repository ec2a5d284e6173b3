"""Status and avatar proxies for the multi-tenant dashboard."""
import requests
from django.conf import settings
from django.http import HttpResponseBadRequest, JsonResponse

REGION_HOSTS = {"eu": "eu.api.example.com", "us": "us.api.example.com"}


def service_status(request):
    # expect: ssrf
    url = "https://%s/api/status" % request.GET["host"]
    return JsonResponse(requests.get(url, timeout=5).json())


def avatar(request):
    # expect: ssrf
    url = "https://{}/avatars/{}.png".format(request.POST.get("cdn"), request.user.pk)
    return JsonResponse({"size": len(requests.get(url, timeout=5).content)})


def tenant_usage(request):
    tenant = request.headers["X-Tenant"]
    # expect: ssrf
    resp = requests.get(f"https://{tenant}.internal.example.com/usage", timeout=5)
    return JsonResponse(resp.json())


def region_health(request):
    base = "https://"
    # expect: ssrf
    base += request.GET.get("region", "eu") + ".api.example.com"
    return JsonResponse(requests.get(base + "/health", timeout=5).json())


def user_profile(request):
    resp = requests.get(f"https://api.example.com/users/{int(request.GET['id'])}", timeout=5)
    return JsonResponse(resp.json())


def region_status(request):
    host = REGION_HOSTS.get(request.GET.get("region"))
    if host is None:
        return HttpResponseBadRequest("unknown region")
    return JsonResponse(requests.get(f"https://{host}/status", timeout=5).json())


def callback_url(request):
    return JsonResponse({"callback": request.build_absolute_uri("/hooks/done"), "api": settings.API_BASE})
