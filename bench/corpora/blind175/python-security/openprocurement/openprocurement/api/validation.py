"""Validators run by cornice before the views."""
from urllib.parse import urlparse

from openprocurement.api.utils import KEY

DS_HOSTS = {"docs.openprocurement.org", "public-docs.openprocurement.org"}


def validate_file_upload(request, **kwargs):
    """Uploads come as multipart files or as signed document-service URLs."""
    if "file" in request.POST:
        return
    data = request.json_body.get("data", {}) if request.content_type == "application/json" else {}
    url = data.get("url", "")
    parsed = urlparse(url)
    if parsed.scheme != "https" or parsed.hostname not in DS_HOSTS:
        request.errors.add("body", "url", "Can add document only from document service.")
        request.errors.status = 403
        return
    if not KEY.match(data.get("hash", "").replace("md5:", "")[:32]):
        request.errors.add("body", "hash", "Hash is required")
        request.errors.status = 422
        return
    request.validated["data"] = data


def validate_file_update(request, **kwargs):
    """Replacing a document: the same rules as for a new upload."""
    if request.content_type == "multipart/form-data" or "file" in request.POST:
        return
    data = request.json_body.get("data", {})
    request.validated["data"] = data


def validate_patch_document_data(request, **kwargs):
    data = request.json_body.get("data", {})
    allowed = {"title", "description", "documentType", "language"}
    request.validated["data"] = {k: v for k, v in data.items() if k in allowed}
