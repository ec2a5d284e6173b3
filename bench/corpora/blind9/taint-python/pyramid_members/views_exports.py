# library: Pyramid (FileResponse, subprocess)
"""Exports of member data for admins."""
import os
import subprocess

from pyramid.httpexceptions import HTTPNotFound
from pyramid.response import FileResponse
from pyramid.view import view_config

EXPORT_DIR = "/srv/members/exports"
FORMATS = {"csv", "json", "xlsx"}


@view_config(route_name="export_download")
def export_download(request):
    name = request.params["file"]
    # expect: path-traversal
    return FileResponse(os.path.join(EXPORT_DIR, name), request=request)


@view_config(route_name="export_download_safe")
def export_download_safe(request):
    name = os.path.basename(request.params["file"])
    path = os.path.join(EXPORT_DIR, name)
    if not os.path.isfile(path):
        raise HTTPNotFound()
    return FileResponse(path, request=request, content_type="application/octet-stream")


@view_config(route_name="export_run", request_method="POST", renderer="json")
def export_run(request):
    fmt = request.json_body.get("format", "csv")
    group = request.json_body.get("group", "all")
    # expect: command-injection
    subprocess.run(f"member-export --group {group} --format {fmt}", shell=True, check=True)
    return {"ok": True}


@view_config(route_name="export_run_safe", request_method="POST", renderer="json")
def export_run_safe(request):
    fmt = request.json_body.get("format", "csv")
    if fmt not in FORMATS:
        return {"ok": False}
    subprocess.run(["member-export", "--group", str(request.json_body.get("group", "all")), "--format", fmt], check=True)
    return {"ok": True}
