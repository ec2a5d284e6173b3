"""Courseware views: block search, jump_to, theme assets and the course about page."""
import json
import logging
import os

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpResponse, HttpResponseBadRequest, JsonResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.csrf import ensure_csrf_cookie
from django.views.decorators.http import require_GET, require_POST
from markupsafe import escape
from opaque_keys import InvalidKeyError
from opaque_keys.edx.keys import CourseKey

from edx_courseware import theming
from edx_courseware.tasks import EXPORT_DIR
from edx_courseware.modulestore import modulestore

log = logging.getLogger("edx.courseware")
AUDIT_LOG = logging.getLogger("audit")

BLOCK_TYPES = {"problem", "video", "html", "vertical", "sequential", "chapter"}


def _course_key_or_404(course_id: str) -> str:
    try:
        return str(CourseKey.from_string(course_id))
    except InvalidKeyError:
        raise Http404(f"Invalid course key {course_id!r}")


@login_required
@require_POST
def search_blocks(request, course_id):
    course_key = _course_key_or_404(course_id)
    try:
        qualifiers = json.loads(request.body or b"{}")
    except ValueError:
        return HttpResponseBadRequest("invalid JSON")
    blocks = modulestore().find_blocks(course_key, qualifiers)
    return JsonResponse({"blocks": blocks})


@login_required
@require_GET
def search_blocks_by_type(request, course_id):
    course_key = _course_key_or_404(course_id)
    block_type = request.GET.get("block_type", "problem")
    if block_type not in BLOCK_TYPES:
        return HttpResponseBadRequest("unknown block type")
    blocks = modulestore().find_blocks(course_key, {"block_type": block_type})
    return JsonResponse({"blocks": blocks})


@login_required
@require_GET
def search_blocks_by_name(request, course_id):
    course_key = _course_key_or_404(course_id)
    blocks = modulestore().find_by_display_name(course_key, request.GET.get("name", ""))
    return JsonResponse({"blocks": blocks})


@ensure_csrf_cookie
def jump_to(request, course_id, location):
    course_key = _course_key_or_404(course_id)
    next_url = request.GET.get("next")
    if next_url and url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        return redirect(next_url)
    return redirect(reverse("courseware_section", args=[course_key, location]))


@login_required
def course_about(request, course_id):
    course_key = _course_key_or_404(course_id)
    ref = request.tracking_context.get("referer", "")
    # expect: log-injection
    AUDIT_LOG.info("course about page for %s viewed from %s", course_key, ref)
    title = request.GET.get("title", "")
    return HttpResponse(f"<h1>{escape(title)}</h1><p>{escape(course_key)}</p>")


def enroll_redirect(request):
    course_id = request.GET.get("course_id", "")
    redirect_url = request.GET.get("redirect_url") or "/dashboard"
    log.info("enroll redirect for course")
    # expect: open-redirect
    return redirect(redirect_url)


def theme_static(request, path):
    try:
        data = theming.theme_asset(path)
    except FileNotFoundError:
        raise Http404(path)
    return HttpResponse(data, content_type="application/octet-stream")


@login_required
def download_export(request, course_id):
    fmt = request.GET.get("format", "tar")
    match fmt:
        case "tar":
            name = "course.tar.gz"
        case "zip":
            name = "course.zip"
        case _:
            name = fmt
    path = os.path.join(EXPORT_DIR, name)
    # expect: path-traversal
    return FileResponse(open(path, "rb"), as_attachment=True)


@login_required
def download_export_checked(request, course_id):
    match request.GET.get("format", "tar"):
        case "tar":
            name = "course.tar.gz"
        case "zip":
            name = "course.zip"
        case _:
            return HttpResponseBadRequest("unknown format")
    return FileResponse(open(os.path.join(EXPORT_DIR, name), "rb"), as_attachment=True)
