"""Downloads of ticket attachments and exported reports."""
import os
from os.path import join as pjoin

from django.conf import settings
from django.http import FileResponse, Http404, HttpResponse

ATTACH_ROOT = os.path.join(settings.MEDIA_ROOT, "attachments")
REPORT_ROOT = "/srv/reports"


def attachment(request):
    # expect: path-traversal
    fh = open(os.path.join(ATTACH_ROOT, request.GET.get("name")), "rb")
    return FileResponse(fh)


def report(request, year):
    name = request.GET["report"]
    path = os.path.join(REPORT_ROOT, str(year), name)
    # expect: path-traversal
    with open(path, encoding="utf-8") as fh:
        return HttpResponse(fh.read(), content_type="text/csv")


def preview(request):
    target = pjoin(ATTACH_ROOT, "previews", request.POST["file"] + ".png")
    # expect: path-traversal
    return FileResponse(open(target, "rb"), content_type="image/png")


def export_log(request):
    tenant = request.headers.get("X-Tenant", "default")
    # expect: path-traversal
    data = open(os.path.join("/var/log/tenants", tenant, "export.log"), "rb").read()
    return HttpResponse(data, content_type="text/plain")


def safe_attachment(request):
    name = request.GET.get("name", "")
    full = os.path.realpath(os.path.join(ATTACH_ROOT, name))
    if os.path.commonpath([full, os.path.realpath(ATTACH_ROOT)]) != os.path.realpath(ATTACH_ROOT):
        raise Http404
    return FileResponse(open(full, "rb"))


def terms(request):
    return FileResponse(open(os.path.join(settings.STATIC_ROOT, "terms.pdf"), "rb"))


def avatar(request):
    name = os.path.basename(request.GET.get("name", "default.png"))
    return FileResponse(open(os.path.join(settings.MEDIA_ROOT, "avatars", name), "rb"))
