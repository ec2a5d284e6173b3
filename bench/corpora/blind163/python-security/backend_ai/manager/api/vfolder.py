"""Virtual folder API: list files, download, clone a git repository into a folder."""
import logging

import aiohttp_cors
import trafaret as t
from aiohttp import web

from ai.backend.common import validators as tx
from ai.backend.manager.api.auth import auth_required
from ai.backend.manager.api.utils import check_api_params, get_vfolder
from ai.backend.storage.git_clone import clone_into
from ai.backend.storage.vfs import resolve_download_path, sanitize_vfpath

log = logging.getLogger(__name__)


@auth_required
@check_api_params(t.Dict({t.Key("name"): tx.VFolderName, t.Key("path", default=""): t.String(allow_blank=True)}))
async def list_files(request: web.Request, params) -> web.Response:
    vfolder = await get_vfolder(request, params["name"])
    target = sanitize_vfpath(vfolder["mount_path"], params["path"])
    entries = [{"name": p.name, "is_dir": p.is_dir(), "size": p.stat().st_size} for p in target.iterdir()]
    return web.json_response({"items": entries})


@auth_required
@check_api_params(t.Dict({t.Key("name"): tx.VFolderName, t.Key("file"): t.String()}))
async def download_single(request: web.Request, params) -> web.StreamResponse:
    vfolder = await get_vfolder(request, params["name"])
    path = resolve_download_path(vfolder["mount_path"], params["file"])
    # expect: path-traversal
    return web.FileResponse(path, headers={"Content-Disposition": "attachment"})


@auth_required
@check_api_params(t.Dict({t.Key("name"): tx.VFolderName, t.Key("file"): t.String()}))
async def download_checked(request: web.Request, params) -> web.StreamResponse:
    vfolder = await get_vfolder(request, params["name"])
    path = sanitize_vfpath(vfolder["mount_path"], params["file"])
    return web.FileResponse(path, headers={"Content-Disposition": "attachment"})


@auth_required
@check_api_params(t.Dict({
    t.Key("name"): tx.VFolderName,
    t.Key("repo_url"): t.String(),
    t.Key("branch", default="main"): t.String(),
}))
async def clone_repository(request: web.Request, params) -> web.Response:
    vfolder = await get_vfolder(request, params["name"])
    await clone_into(vfolder["mount_path"], params["repo_url"], params["branch"])
    return web.json_response({"status": "cloned"}, status=201)


def create_app(default_cors_options):
    app = web.Application()
    app["prefix"] = "folders"
    cors = aiohttp_cors.setup(app, defaults=default_cors_options)
    cors.add(app.router.add_route("GET", "/_/files", list_files))
    cors.add(app.router.add_route("GET", "/_/download_single", download_single))
    cors.add(app.router.add_route("GET", "/_/download_checked", download_checked))
    cors.add(app.router.add_route("POST", "/_/clone_repo", clone_repository))
    return app, []
