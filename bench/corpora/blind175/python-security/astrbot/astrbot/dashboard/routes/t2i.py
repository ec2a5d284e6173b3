"""Text-to-image templates: list, preview and save custom templates."""
import os
import re

from jinja2 import Template
from jinja2.sandbox import SandboxedEnvironment
from quart import request

from astrbot.core.utils.astrbot_path import get_astrbot_data_path
from astrbot.dashboard.routes.route import Response, Route, RouteContext

TEMPLATE_NAME = re.compile(r"^[A-Za-z0-9_-]{1,40}$")
SAMPLE = {"text": "Hello from AstrBot", "version": "v3"}


class T2iRoute(Route):
    def __init__(self, context: RouteContext) -> None:
        super().__init__(context)
        self.template_dir = os.path.join(get_astrbot_data_path(), "t2i_templates")
        self.sandbox = SandboxedEnvironment(autoescape=True)
        self.routes = {
            "/t2i/templates": ("GET", self.list_templates),
            "/t2i/preview": ("POST", self.preview),
            "/t2i/preview-saved": ("GET", self.preview_saved),
            "/t2i/save": ("POST", self.save),
        }
        self.register_routes()

    async def list_templates(self):
        names = [f[:-5] for f in os.listdir(self.template_dir) if f.endswith(".html")]
        return Response().ok(sorted(names)).to_json()

    async def preview(self):
        data = await request.json
        source = data.get("template", "")
        # expect: code-injection
        html = Template(source).render(**SAMPLE)
        return Response().ok({"html": html}).to_json()

    async def preview_saved(self):
        name = request.args.get("name", "")
        if not TEMPLATE_NAME.match(name):
            return Response().error("Invalid name").to_json()
        with open(os.path.join(self.template_dir, f"{name}.html"), encoding="utf-8") as handle:
            html = self.sandbox.from_string(handle.read()).render(**SAMPLE)
        return Response().ok({"html": html}).to_json()

    async def save(self):
        data = await request.json
        name = data.get("name", "")
        if not TEMPLATE_NAME.match(name):
            return Response().error("Invalid name").to_json()
        with open(os.path.join(self.template_dir, f"{name}.html"), "w", encoding="utf-8") as handle:
            handle.write(data.get("template", ""))
        return Response().ok(None, "Saved.").to_json()
