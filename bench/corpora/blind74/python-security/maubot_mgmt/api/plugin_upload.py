"""Plugin upload endpoint."""
import traceback

from aiohttp import web

from ..loader.zip import MaubotZipImportError, ZippedPluginLoader
from .base import get_config, resp, routes


@routes.put("/plugin/{id}")
async def put_plugin(request: web.Request) -> web.Response:
    content = await request.read()
    loader = ZippedPluginLoader(get_config()["plugin_directories.upload"])
    legacy = request.query.get("legacy") == "true"
    try:
        meta = loader.load_bytes(content, strict=not legacy)
    except MaubotZipImportError as e:
        return resp.plugin_import_error(str(e), traceback.format_exc())
    return resp.found({"id": meta.get("id"), "version": meta.get("version")})


@routes.post("/plugins/upload")
async def upload_plugin(request: web.Request) -> web.Response:
    content = await request.read()
    loader = ZippedPluginLoader(get_config()["plugin_directories.upload"])
    try:
        meta = loader.load_bytes(content)
    except MaubotZipImportError as e:
        return resp.plugin_import_error(str(e))
    return resp.found({"id": meta.get("id")})
