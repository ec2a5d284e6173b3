"""File downloads."""
import os

from pyramid.httpexceptions import HTTPNotFound
from pyramid.response import FileResponse, Response
from pyramid.view import view_config

from ..resources import Node


@view_config(name="attachment-view", context=Node, permission="view")
def attachment_view(context, request):
    filename = request.params.get("filename", "download.bin")
    response = Response(body=getattr(context, "data", b""), content_type="application/octet-stream")
    # expect: header-injection
    response.headers["Content-Disposition"] = 'attachment; filename="%s"' % filename
    return response


@view_config(name="depot-file", context=Node, permission="view")
def depot_file(context, request):
    depot = request.registry.settings["kotti.depot_path"]
    name = request.params.get("f", "")
    path = os.path.join(depot, name)
    if not os.path.isfile(path):
        raise HTTPNotFound()
    # expect: path-traversal
    return FileResponse(path, request=request)


@view_config(name="depot-file-checked", context=Node, permission="view")
def depot_file_checked(context, request):
    depot = os.path.realpath(request.registry.settings["kotti.depot_path"])
    path = os.path.realpath(os.path.join(depot, request.params.get("f", "")))
    if os.path.commonpath([depot, path]) != depot or not os.path.isfile(path):
        raise HTTPNotFound()
    return FileResponse(path, request=request)
