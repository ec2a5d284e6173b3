"""Media views: serving files and resizing images."""
import os
import subprocess

from pyramid.httpexceptions import HTTPNotFound
from pyramid.response import FileResponse
from pyramid.view import view_config

from .helpers import MEDIA_ROOT, media_path, param, slug_or_none

SIZES = {"small": "320x320", "medium": "800x800"}


@view_config(route_name="media")
def media(request):
    folder = param(request, "folder", "public")
    name = param(request, "name")
    # expect: path-traversal
    return FileResponse(media_path(folder, name), request=request)


@view_config(route_name="media_safe")
def media_safe(request):
    name = os.path.basename(param(request, "name"))
    full = os.path.realpath(media_path("public", name))
    if os.path.commonpath([full, os.path.realpath(MEDIA_ROOT)]) != os.path.realpath(MEDIA_ROOT) or not os.path.isfile(full):
        raise HTTPNotFound()
    return FileResponse(full, request=request)


@view_config(route_name="resize", renderer="json")
def resize(request):
    name = param(request, "name")
    size = SIZES.get(param(request, "size"), SIZES["small"])
    src = media_path("public", name)
    # expect: command-injection
    subprocess.run(f"convert {src} -resize {size} {src}.thumb.jpg", shell=True, check=True)
    return {"ok": True}


@view_config(route_name="resize_safe", renderer="json")
def resize_safe(request):
    slug = slug_or_none(param(request, "name"))
    if slug is None:
        raise HTTPNotFound()
    src = media_path("public", slug + ".jpg")
    subprocess.run(["convert", src, "-resize", SIZES.get(param(request, "size"), SIZES["small"]), src + ".thumb.jpg"], check=True)
    return {"ok": True}
