"""Attachments stored on the local filesystem next to records."""
import hashlib
import os
import uuid

from pyramid.httpexceptions import HTTPBadRequest
from pyramid.view import view_config

ALLOWED_EXTENSIONS = {".png", ".jpg", ".jpeg", ".pdf", ".txt"}


def _base_path(request):
    return request.registry.settings["kvstore.attachment.base_path"]


@view_config(route_name="record_attachment", request_method="POST", renderer="json")
def attachment_post(request):
    upload = request.POST.get("attachment")
    if upload is None or not hasattr(upload, "file"):
        raise HTTPBadRequest("attachment is required")
    folder = os.path.join(_base_path(request), request.matchdict["bucket_id"])
    os.makedirs(folder, exist_ok=True)
    destination = os.path.join(folder, upload.filename)
    # expect: path-traversal
    with open(destination, "wb") as f:
        f.write(upload.file.read())
    return {"location": destination}


@view_config(route_name="record_attachment", request_method="PUT", renderer="json")
def attachment_put(request):
    upload = request.POST.get("attachment")
    if upload is None or not hasattr(upload, "file"):
        raise HTTPBadRequest("attachment is required")
    extension = os.path.splitext(upload.filename)[1].lower()
    if extension not in ALLOWED_EXTENSIONS:
        raise HTTPBadRequest("extension not allowed")
    bucket_hash = hashlib.sha256(request.matchdict["bucket_id"].encode()).hexdigest()[:16]
    folder = os.path.join(_base_path(request), bucket_hash)
    os.makedirs(folder, exist_ok=True)
    destination = os.path.join(folder, uuid.uuid4().hex + extension)
    with open(destination, "wb") as f:
        f.write(upload.file.read())
    return {"location": os.path.basename(destination)}
