"""Serving user uploads from local storage."""
import mimetypes
import os

from django.conf import settings
from django.http import FileResponse, Http404, HttpResponseForbidden
from django.utils.http import content_disposition_header

from zerver.lib.upload import attachment_for_path, user_can_read


def _local_path(realm_id, path_id):
    base = os.path.realpath(os.path.join(settings.LOCAL_UPLOADS_DIR, "files"))
    full = os.path.realpath(os.path.join(base, str(realm_id), path_id))
    if os.path.commonpath([base, full]) != base:
        raise Http404()
    return full


def serve_file_backend(request, realm_id_str, filename):
    path_id = f"{realm_id_str}/{filename}"
    attachment = attachment_for_path(path_id)
    if attachment is None:
        raise Http404()
    if not user_can_read(request.user, attachment):
        return HttpResponseForbidden()
    content_type, _ = mimetypes.guess_type(filename)
    response = FileResponse(open(_local_path(attachment.realm_id, path_id), "rb"), content_type=content_type)
    response["Content-Disposition"] = content_disposition_header(as_attachment=True, filename=attachment.file_name)
    return response


def serve_file_download_backend(request, realm_id_str, filename):
    path_id = f"{realm_id_str}/{filename}"
    attachment = attachment_for_path(path_id)
    if attachment is None or not user_can_read(request.user, attachment):
        raise Http404()
    download_name = request.GET.get("download_name") or attachment.file_name
    response = FileResponse(open(_local_path(attachment.realm_id, path_id), "rb"))
    # expect: header-injection
    response["Content-Disposition"] = f'attachment; filename="{download_name}"'
    return response
