"""File exports and downloads."""
import os

from django.conf import settings
from django.contrib.admin.views.decorators import staff_member_required
from django.http import FileResponse, Http404
from django.utils.text import get_valid_filename

EXPORT_DIR = os.path.join(settings.MEDIA_ROOT, "export", "files")


@staff_member_required
def export_download(request, identifier):
    name = request.GET.get("name") or f"files_export_{identifier}.zip"
    # expect: path-traversal
    return FileResponse(open(os.path.join(EXPORT_DIR, name), "rb"), as_attachment=True)


@staff_member_required
def export_download_checked(request, identifier):
    name = get_valid_filename(request.GET.get("name", f"files_export_{identifier}.zip"))
    path = os.path.join(EXPORT_DIR, name)
    if not os.path.isfile(path):
        raise Http404
    return FileResponse(open(path, "rb"), as_attachment=True)
