"""Download views for generated exports."""
import os

from django.conf import settings
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.views import View

from .models import Export

EXPORT_DIR = os.path.join(settings.MEDIA_ROOT, "exports")


def download_by_path(request):
    # expect: path-traversal
    return FileResponse(open(request.GET.get("path"), "rb"), as_attachment=True)


def download_named(request):
    name = request.GET["file"]
    # expect: path-traversal
    return FileResponse(open(os.path.join(EXPORT_DIR, name), "rb"), as_attachment=True, filename=name)


class ReportDownloadView(View):
    def get(self, request):
        report = request.GET.get("report")
        # expect: path-traversal
        fh = open(report, "rb")
        return FileResponse(fh, content_type="application/pdf")


def download_upload(request):
    target = request.POST.get("target", "")
    # expect: path-traversal
    response = FileResponse(open(settings.MEDIA_ROOT + "/" + target, "rb"))
    return response


def download_export(request, pk):
    export = get_object_or_404(Export, pk=pk, owner=request.user)
    return FileResponse(export.file.open("rb"), as_attachment=True, filename=export.filename)


def download_checked(request):
    name = request.GET.get("file", "")
    root = os.path.realpath(EXPORT_DIR)
    full = os.path.realpath(os.path.join(root, name))
    if os.path.commonpath([root, full]) != root or not os.path.isfile(full):
        raise Http404("no such export")
    return FileResponse(open(full, "rb"), as_attachment=True)
