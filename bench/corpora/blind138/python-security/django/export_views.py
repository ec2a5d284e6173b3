"""Downloads of generated exports."""
import os

from django.conf import settings
from django.http import FileResponse, Http404

EXPORT_DIR = os.path.join(settings.MEDIA_ROOT, "exports")


def download(request):
    # expect: path-traversal
    return FileResponse(open(request.GET.get("file"), "rb"), as_attachment=True)


def download_report(request):
    name = request.GET.get("name")
    # expect: path-traversal
    fh = open(os.path.join(EXPORT_DIR, name), "rb")
    return FileResponse(fh, filename=name)


def download_post(request):
    path = request.POST["path"]
    # expect: path-traversal
    return FileResponse(open(path, "rb"))


def download_checked(request):
    name = os.path.basename(request.GET.get("name", ""))
    full = os.path.realpath(os.path.join(EXPORT_DIR, name))
    if os.path.commonpath([full, EXPORT_DIR]) != EXPORT_DIR or not os.path.isfile(full):
        raise Http404
    return FileResponse(open(full, "rb"), as_attachment=True)


def download_by_id(request, export_id):
    export = request.user.exports.get(pk=export_id)
    return FileResponse(export.file.open("rb"), filename=export.filename)
