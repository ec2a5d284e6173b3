"""Media library: theme assets, user uploads and help pages."""
import os
import os.path
from os.path import join as pjoin

from django.conf import settings
from django.http import FileResponse, Http404, HttpResponse, JsonResponse
from django.views import View

THEMES_DIR = os.path.join(settings.BASE_DIR, "themes")
HELP_DIR = os.path.join(settings.BASE_DIR, "help")


def theme_asset(request):
    # expect: path-traversal
    return FileResponse(open(os.path.join(THEMES_DIR, request.GET["theme"], "style.css"), "rb"))


def help_page(request):
    topic = request.GET.get("topic", "index")
    page = pjoin(HELP_DIR, topic + ".md")
    # expect: path-traversal
    with open(page, encoding="utf-8") as fh:
        return HttpResponse(fh.read())


def upload(request):
    doc = request.FILES["document"]
    dest = pjoin(settings.MEDIA_ROOT, "uploads", doc.name)
    with open(dest, "wb") as out:
        for chunk in doc.chunks():
            out.write(chunk)
    return JsonResponse({"stored": doc.name})


class ExportView(View):
    def post(self, request):
        name = request.POST.get("filename")
        # expect: path-traversal
        with open(os.path.join(settings.MEDIA_ROOT, "exports", name), "w", encoding="utf-8") as fh:
            fh.write(request.POST.get("content", ""))
        return JsonResponse({"ok": True})


def shared_file(request, token):
    owner = request.headers.get("X-Owner", "")
    # expect: path-traversal
    return FileResponse(open(os.path.join(settings.MEDIA_ROOT, "shared", owner, token), "rb"))


def theme_preview(request):
    theme = os.path.basename(request.GET.get("theme", "default"))
    return FileResponse(open(os.path.join(THEMES_DIR, theme, "preview.png"), "rb"))


def help_page_checked(request):
    topic = request.GET.get("topic", "index")
    base = os.path.realpath(HELP_DIR)
    full = os.path.realpath(os.path.join(base, topic))
    if not full.startswith(base + os.sep):
        raise Http404("no such page")
    with open(full, encoding="utf-8") as fh:
        return HttpResponse(fh.read())
