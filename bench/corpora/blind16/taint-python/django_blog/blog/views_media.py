import requests
from django.http import HttpResponse, JsonResponse

from .services import QueryParams

OEMBED = {"youtube": "https://www.youtube.com/oembed", "vimeo": "https://vimeo.com/api/oembed.json"}


def embed(request):
    q = QueryParams(request)
    endpoint = OEMBED.get(q.text("provider"), OEMBED["youtube"])
    resp = requests.get(endpoint, params={"url": q.text("url")}, timeout=5)
    return JsonResponse(resp.json())


def fetch_image(request):
    src = QueryParams(request).text("src")
    if not src:
        src = "https://static.example.com/placeholder.png"
    # expect: ssrf
    resp = requests.get(src, timeout=5)
    return HttpResponse(resp.content, content_type="image/png")


def webhook_test(request):
    settings = {"endpoint": request.POST.get("endpoint", ""), "secret_header": "X-Blog-Test"}
    # expect: ssrf
    resp = requests.post(settings["endpoint"], headers={settings["secret_header"]: "1"}, timeout=5)
    return JsonResponse({"status": resp.status_code})
