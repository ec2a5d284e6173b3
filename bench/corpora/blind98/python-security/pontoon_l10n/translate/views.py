"""Translate workspace endpoints."""
import os

from django.conf import settings
from django.http import FileResponse, Http404, JsonResponse
from django.utils.html import escape
from django.utils.safestring import mark_safe

from ..base.utils import get_locale_and_project, require_AJAX
from ..sync import tasks
from . import entities

DOWNLOAD_ROOT = os.path.join(settings.MEDIA_ROOT, "downloads")


@require_AJAX
def get_entities(request):
    ctx = get_locale_and_project(request)
    if ctx["project"] is not None:
        rows = entities.entities_for_project(ctx["project"], ctx["locale"], ctx["search"])
    else:
        rows = entities.entities_for(None, ctx["locale_code"], ctx["search"])
    return JsonResponse({"entities": rows})


def download_translations(request):
    ctx = get_locale_and_project(request)
    part = request.GET.get("part", "")
    # expect: path-traversal
    return FileResponse(open(os.path.join(DOWNLOAD_ROOT, ctx["locale_code"], part), "rb"))


def download_translations_checked(request):
    ctx = get_locale_and_project(request)
    base = os.path.realpath(os.path.join(DOWNLOAD_ROOT, ctx["locale"].code))
    target = os.path.realpath(os.path.join(base, request.GET.get("part", "")))
    if os.path.commonpath([base, target]) != base:
        raise Http404
    return FileResponse(open(target, "rb"))


def sync_now(request):
    ctx = get_locale_and_project(request)
    branch = request.POST.get("branch") or "main"
    tasks.sync_project.delay(ctx["project"].pk, branch)
    return JsonResponse({"queued": True})


def comment_preview(request):
    comment = request.POST.get("comment", "")
    author = request.user.get_full_name() or "anonymous"
    safe_html = mark_safe(f"<div class='comment'><b>{escape(author)}</b> {escape(comment)}</div>")
    if request.POST.get("raw"):
        # expect: xss
        safe_html = mark_safe(f"<div class='comment'><b>{escape(author)}</b> {comment}</div>")
    return JsonResponse({"html": str(safe_html)})
