"""Link previews, avatar imports and outgoing webhooks for the community site."""
import requests
from django.http import HttpResponse, HttpResponseBadRequest, JsonResponse
from django.views import View
from django.views.decorators.http import require_POST

PREVIEW_TIMEOUT = 5
GRAVATAR = "https://www.gravatar.com/avatar/{}?s=128"


def link_preview(request):
    # expect: ssrf
    resp = requests.get(request.GET.get("url"), timeout=PREVIEW_TIMEOUT)
    return JsonResponse({"status": resp.status_code, "length": len(resp.content)})


@require_POST
def import_avatar(request):
    avatar_url = request.POST["avatar_url"]
    # expect: ssrf
    image = requests.get(avatar_url, timeout=PREVIEW_TIMEOUT, stream=True)
    request.user.profile.save_avatar(image.raw)
    return JsonResponse({"ok": True})


class WebhookTestView(View):
    def post(self, request):
        host = request.POST.get("host")
        # expect: ssrf
        r = requests.post(f"https://{host}/hooks/test", json={"ping": True}, timeout=PREVIEW_TIMEOUT)
        return JsonResponse({"delivered": r.ok})


def proxy_badge(request):
    project = request.GET.get("project", "")
    url = "https://ci.%s/badge.svg" % project
    # expect: ssrf
    badge = requests.get(url, timeout=PREVIEW_TIMEOUT)
    return HttpResponse(badge.content, content_type="image/svg+xml")


def gravatar(request):
    digest = request.user.profile.email_hash
    resp = requests.get(GRAVATAR.format(digest), timeout=PREVIEW_TIMEOUT)
    return HttpResponse(resp.content, content_type="image/png")


def repo_stars(request, repo_id):
    try:
        repo_id = int(repo_id)
    except ValueError:
        return HttpResponseBadRequest("bad id")
    resp = requests.get(f"https://api.github.com/repositories/{repo_id}", timeout=PREVIEW_TIMEOUT)
    return JsonResponse({"stars": resp.json().get("stargazers_count", 0)})
