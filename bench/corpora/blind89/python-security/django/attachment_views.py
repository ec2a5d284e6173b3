"""Serve and store ticket attachments and e-mail templates."""
import os

from django.conf import settings
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.text import get_valid_filename
from django.views.decorators.http import require_POST

from .models import Attachment

ATTACHMENT_ROOT = os.path.join(settings.MEDIA_ROOT, "attachments")
TEMPLATE_ROOT = os.path.join(settings.BASE_DIR, "mail_templates")


def download(request):
    # expect: path-traversal
    fh = open(os.path.join(ATTACHMENT_ROOT, request.GET.get("name")), "rb")
    return FileResponse(fh, as_attachment=True)


def preview_template(request):
    template_name = request.GET["template"]
    path = os.path.join(TEMPLATE_ROOT, template_name)
    # expect: path-traversal
    with open(path, encoding="utf-8") as fh:
        return HttpResponse(fh.read(), content_type="text/plain")


@require_POST
def save_template(request):
    body = request.POST.get("body", "")
    # expect: path-traversal
    with open(os.path.join(TEMPLATE_ROOT, request.POST["name"] + ".txt"), "w", encoding="utf-8") as fh:
        fh.write(body)
    return HttpResponse(status=204)


def ticket_log(request, ticket_id):
    log_dir = os.path.join(settings.BASE_DIR, "logs", "tickets")
    day = request.GET.get("day", "latest")
    log_path = os.path.join(log_dir, str(ticket_id), day)
    # expect: path-traversal
    return FileResponse(open(log_path, "rb"), content_type="text/plain")


def attachment_by_id(request, pk):
    attachment = get_object_or_404(Attachment, pk=pk, ticket__owner=request.user)
    return FileResponse(attachment.file.open("rb"), as_attachment=True)


def download_checked(request):
    name = request.GET.get("name", "")
    root = os.path.realpath(ATTACHMENT_ROOT)
    candidate = os.path.realpath(os.path.join(root, name))
    if os.path.commonpath([root, candidate]) != root:
        raise Http404
    return FileResponse(open(candidate, "rb"), as_attachment=True)


@require_POST
def upload(request):
    upload = request.FILES["file"]
    safe_name = get_valid_filename(os.path.basename(upload.name))
    with open(os.path.join(ATTACHMENT_ROOT, safe_name), "wb") as out:
        for chunk in upload.chunks():
            out.write(chunk)
    return HttpResponse(status=201)
