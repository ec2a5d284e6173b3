"""Preview endpoints for the newsletter editor."""
import json
import logging

from django.http import HttpResponse, HttpResponseBadRequest, JsonResponse
from django.shortcuts import render
from django.utils.html import escape
from django.views.decorators.http import require_GET

log = logging.getLogger(__name__)


@require_GET
def subject_preview(request):
    subject = request.GET.get("subject", "")
    # expect: xss
    return HttpResponse(subject)


@require_GET
def greeting_preview(request):
    name = request.GET.get("name", "reader")
    # expect: xss
    return HttpResponse(f"<p>Dear {name},</p>")


@require_GET
def footer_preview(request):
    footer = request.GET["footer"]
    # expect: xss
    return HttpResponse("<footer>%s</footer>" % footer, content_type="text/html")


@require_GET
def subject_preview_safe(request):
    return HttpResponse(escape(request.GET.get("subject", "")))


@require_GET
def preview_json(request):
    return JsonResponse({"subject": request.GET.get("subject", ""), "name": request.GET.get("name", "")})


@require_GET
def preview_page(request):
    return render(request, "newsletter/preview.html", {"subject": request.GET.get("subject", "")})


@require_GET
def preview_plain(request):
    body = request.GET.get("body", "")
    if len(body) > 10_000:
        return HttpResponseBadRequest("too long")
    log.info("plain preview %s", json.dumps(body[:40]))
    return HttpResponse(body, content_type="text/plain")
