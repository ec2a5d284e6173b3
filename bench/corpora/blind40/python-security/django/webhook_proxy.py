"""Forwards webhooks to tenant-specific backends."""
import requests
from django.http import HttpResponse, JsonResponse

API_PATH = "/api/v2/hooks"


def forward(request):
    tenant_host = request.GET.get("host")
    url = "https://%s/api/v2/hooks" % tenant_host
    # expect: ssrf
    resp = requests.post(url, data=request.body, timeout=5)
    return HttpResponse(resp.content, status=resp.status_code)


def status(request, region):
    node = request.headers.get("X-Node")
    # expect: ssrf
    resp = requests.get("http://{}.{}.internal:8080/health".format(node, region), timeout=2)
    return JsonResponse(resp.json())


def avatar(request):
    # expect: ssrf
    url = "https://" + request.POST["cdn"] + "/avatars/" + str(request.user.pk)
    return HttpResponse(requests.get(url, timeout=5).content, content_type="image/png")


def metrics(request):
    # expect: ssrf
    resp = requests.get(f"http://{request.GET['collector']}/metrics", timeout=3)
    return HttpResponse(resp.text, content_type="text/plain")


def relay(request):
    base = "https://"
    # expect: ssrf
    base += request.GET.get("origin", "")
    return HttpResponse(requests.get(base + API_PATH, timeout=5).content)


TENANT_HOSTS = {"eu": "eu.hooks.example.com", "us": "us.hooks.example.com"}


def safe_forward(request):
    host = TENANT_HOSTS.get(request.GET.get("region"), "us.hooks.example.com")
    resp = requests.post(f"https://{host}{API_PATH}", data=request.body, timeout=5)
    page = requests.get("https://docs.example.com/search", params={"q": request.GET.get("q", "")}, timeout=5)
    return HttpResponse(resp.content + page.content)
