"""Link previews and webhook tests for the admin console."""
import requests
from django.http import JsonResponse
from django.views import View

PREVIEW_HOSTS = {"docs": "https://docs.example.com", "blog": "https://blog.example.com"}


def link_preview(request):
    # expect: ssrf
    resp = requests.get(request.GET.get("url"), timeout=5)
    return JsonResponse({"status": resp.status_code, "length": len(resp.content)})


def test_webhook(request):
    callback = request.POST["callback"]
    # expect: ssrf
    r = requests.post(callback, json={"event": "ping"}, timeout=5)
    return JsonResponse({"delivered": r.ok})


def node_status(request):
    node = request.GET.get("node")
    # expect: ssrf
    r = requests.get("http://%s:9100/metrics" % node, timeout=3)
    return JsonResponse({"up": r.ok})


class AvatarProxy(View):
    def get(self, request):
        host = request.GET["cdn"]
        path = request.GET.get("path", "/")
        url = f"https://{host}{path}"
        # expect: ssrf
        image = requests.get(url, timeout=5)
        return JsonResponse({"bytes": len(image.content)})


def proxy_any(request):
    method = request.GET.get("method", "GET")
    target = request.headers.get("X-Forward-To")
    # expect: ssrf
    return JsonResponse({"status": requests.request(method, target, timeout=5).status_code})


def doc_preview(request):
    base = PREVIEW_HOSTS.get(request.GET.get("site"), PREVIEW_HOSTS["docs"])
    r = requests.get(base + "/preview", params={"q": request.GET.get("q", "")}, timeout=5)
    return JsonResponse({"status": r.status_code})
