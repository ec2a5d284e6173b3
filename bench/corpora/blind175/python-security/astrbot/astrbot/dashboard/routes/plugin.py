"""Dashboard routes for plugins: list, install from a repo or an upload."""
import os
import re
import traceback
import uuid

from quart import request

from astrbot.core import logger
from astrbot.core.star.star_manager import PluginManager
from astrbot.dashboard.routes.route import Response, Route, RouteContext

GITHUB_REPO = re.compile(r"^https://github\.com/[\w.-]+/[\w.-]+/?$")


class PluginRoute(Route):
    def __init__(self, context: RouteContext, plugin_manager: PluginManager) -> None:
        super().__init__(context)
        self.plugin_manager = plugin_manager
        self.routes = {
            "/plugin/get": ("GET", self.get_plugins),
            "/plugin/install": ("POST", self.install_plugin),
            "/plugin/install-upload": ("POST", self.install_plugin_upload),
            "/plugin/update": ("POST", self.update_plugin),
        }
        self.register_routes()

    async def get_plugins(self):
        return Response().ok([p.to_dict() for p in self.plugin_manager.context.get_all_stars()]).to_json()

    async def install_plugin(self):
        post_data = await request.json
        repo_url = post_data["url"].strip()
        proxy = post_data.get("proxy", "")
        try:
            if GITHUB_REPO.match(repo_url):
                await self.plugin_manager.install_plugin(repo_url)
            else:
                await self.plugin_manager.install_plugin_from_mirror(repo_url, proxy)
            return Response().ok(None, "Plugin installed.").to_json()
        except Exception as err:
            logger.error(traceback.format_exc())
            return Response().error(str(err)).to_json()

    async def install_plugin_upload(self):
        files = await request.files
        upload = files["file"]
        if not upload.filename.endswith(".zip"):
            return Response().error("Only zip files are accepted").to_json()
        temp_path = os.path.join(self.plugin_manager.temp_dir, f"{uuid.uuid4().hex}.zip")
        await upload.save(temp_path)
        try:
            await self.plugin_manager.install_plugin_from_file(temp_path)
            return Response().ok(None, "Plugin installed.").to_json()
        except Exception as err:
            logger.error(traceback.format_exc())
            return Response().error(str(err)).to_json()
        finally:
            if os.path.exists(temp_path):
                os.remove(temp_path)

    async def update_plugin(self):
        post_data = await request.json
        name = post_data["name"]
        if name not in {p.name for p in self.plugin_manager.context.get_all_stars()}:
            return Response().error("Unknown plugin").to_json()
        await self.plugin_manager.update_plugin(name)
        return Response().ok(None, "Plugin updated.").to_json()
