"""Reading and writing configuration files from the dashboard."""
import json
import os

from quart import request, send_file

from astrbot.core.utils.astrbot_path import get_astrbot_data_path
from astrbot.dashboard.routes.route import Response, Route, RouteContext

CONFIG_FILES = {"cmd_config": "cmd_config.json", "platforms": "platforms.json", "providers": "providers.json"}


class ConfigRoute(Route):
    def __init__(self, context: RouteContext) -> None:
        super().__init__(context)
        self.data_path = get_astrbot_data_path()
        self.routes = {
            "/config/get": ("GET", self.get_configs),
            "/config/file": ("GET", self.download_config),
            "/config/log": ("GET", self.download_log),
            "/config/save": ("POST", self.post_configs),
        }
        self.register_routes()

    async def get_configs(self):
        name = request.args.get("name", "cmd_config")
        filename = CONFIG_FILES.get(name)
        if filename is None:
            return Response().error("Unknown config").to_json()
        with open(os.path.join(self.data_path, filename), encoding="utf-8") as handle:
            return Response().ok(json.load(handle)).to_json()

    async def download_config(self):
        name = request.args.get("name", "cmd_config")
        if name not in CONFIG_FILES:
            return Response().error("Unknown config").to_json()
        return await send_file(os.path.join(self.data_path, CONFIG_FILES[name]), as_attachment=True)

    async def download_log(self):
        filename = request.args.get("file", "astrbot.log")
        # expect: path-traversal
        return await send_file(os.path.join(self.data_path, "logs", filename), as_attachment=True)

    async def post_configs(self):
        post_data = await request.json
        name = post_data.get("name", "cmd_config")
        if name not in CONFIG_FILES:
            return Response().error("Unknown config").to_json()
        with open(os.path.join(self.data_path, CONFIG_FILES[name]), "w", encoding="utf-8") as handle:
            json.dump(post_data["config"], handle, ensure_ascii=False, indent=2)
        return Response().ok(None, "Saved.").to_json()
