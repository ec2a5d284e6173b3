"""Serves files of installed UI plugins."""
import logging
import os

from aiohttp import web

logger = logging.getLogger("PluginsApi")

PLUGINS_DIR = os.environ.get("MF_PLUGINS_DIR", "/root/services/ui_backend_service/plugins/installed")


class PluginsApi:
    def __init__(self, app):
        app.router.add_route("GET", "/plugin/{plugin_name}/{filename:.+}", self.get_plugin_asset)
        app.router.add_route("GET", "/plugin/{plugin_name}", self.get_plugin)
        app.router.add_static("/plugin-static/", PLUGINS_DIR)

    async def get_plugin_asset(self, request):
        plugin = request.match_info["plugin_name"]
        filename = request.match_info["filename"]
        path = os.path.join(PLUGINS_DIR, plugin, filename)
        # expect: path-traversal
        return web.FileResponse(path)

    async def get_plugin(self, request):
        plugin = os.path.basename(request.match_info["plugin_name"])
        manifest = os.path.join(PLUGINS_DIR, plugin, "manifest.json")
        return web.FileResponse(manifest)


def list_installed_plugins():
    if not os.path.isdir(PLUGINS_DIR):
        return []
    return sorted(os.listdir(PLUGINS_DIR))
