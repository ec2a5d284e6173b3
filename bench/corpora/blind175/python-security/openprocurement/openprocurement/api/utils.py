"""Shared helpers: resources, file storage, JSONP responses."""
import json
import os
import re
from uuid import uuid4

import requests
from cornice.resource import resource
from pyramid.httpexceptions import HTTPNotFound
from pyramid.response import Response

from openprocurement.api.models import Document

DOCS_PATH = os.environ.get("OP_DOCS_PATH", "/srv/openprocurement/docs")
KEY = re.compile(r"^[0-9a-f]{32}$")
JSONP_CALLBACK = re.compile(r"^[A-Za-z_$][A-Za-z0-9_$.]{0,63}$")


def opresource(**kwargs):
    return resource(**kwargs)


class APIResource(object):
    def __init__(self, request, context):
        self.request = request
        self.context = context
        self.db = request.registry.db
        self.LOGGER = request.registry.logger


def _storage_path(tender_id, key):
    return os.path.join(DOCS_PATH, tender_id, key)


def upload_file(request):
    """Either a multipart file or a reference to a file at the document service."""
    data = request.validated.get("data") or {}
    document = Document(data)
    document.id = request.matchdict.get("document_id") or uuid4().hex
    key = uuid4().hex
    tender_id = request.validated["tender_id"]
    os.makedirs(os.path.join(DOCS_PATH, tender_id), exist_ok=True)
    if "file" in request.POST:
        upload = request.POST["file"]
        document.title = upload.filename
        document.format = upload.type
        with open(_storage_path(tender_id, key), "wb") as out:
            out.write(upload.file.read())
    else:
        # expect: ssrf
        fetched = requests.get(data["url"], timeout=30)
        with open(_storage_path(tender_id, key), "wb") as out:
            out.write(fetched.content)
    document.url = request.route_url("Tender Documents", tender_id=tender_id, document_id=document.id,
                                     _query={"download": key})
    return document


def get_file(request):
    tender_id = request.validated["tender_id"]
    key = request.params.get("download", "")
    if not KEY.match(key):
        raise HTTPNotFound()
    path = _storage_path(tender_id, key)
    if not os.path.isfile(path):
        raise HTTPNotFound()
    with open(path, "rb") as handle:
        return Response(body=handle.read(), content_type=request.context.format or "application/octet-stream")


def get_archived_file(request):
    """Old contracts were moved to an archive folder with their original keys."""
    tender_id = request.validated["tender_id"]
    key = request.params.get("download", "")
    # expect: path-traversal
    with open(os.path.join(DOCS_PATH, "archive", tender_id, key), "rb") as handle:
        return Response(body=handle.read(), content_type="application/octet-stream")


def jsonp_response(request, data):
    body = json.dumps(data)
    callback = request.params.get("opt_jsonp")
    if callback and JSONP_CALLBACK.match(callback):
        return Response(body=f"{callback}({body})", content_type="application/javascript")
    return Response(body=body, content_type="application/json")
