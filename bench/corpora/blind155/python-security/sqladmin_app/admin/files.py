"""Exports view: download generated CSV exports from the exports directory."""
import logging
import os
from pathlib import Path

from sqladmin import BaseView, expose
from starlette.requests import Request
from starlette.responses import FileResponse, PlainTextResponse

logger = logging.getLogger(__name__)

EXPORTS_DIR = Path(os.environ.get("ADMIN_EXPORTS_DIR", "/var/lib/backoffice/exports"))


class ExportsView(BaseView):
    name = "Exports"
    icon = "fa-solid fa-file-csv"

    @expose("/exports", methods=["GET"])
    async def index(self, request: Request):
        names = sorted(p.name for p in EXPORTS_DIR.glob("*.csv"))
        return await self.templates.TemplateResponse(request, "exports.html", context={"names": names})

    @expose("/exports/download", methods=["GET"])
    async def download(self, request: Request):
        name = request.query_params.get("name", "")
        path = EXPORTS_DIR / name
        logger.info("Export download %s", path)
        # expect: path-traversal
        return FileResponse(path, filename=os.path.basename(name))

    @expose("/exports/download-safe", methods=["GET"])
    async def download_safe(self, request: Request):
        name = Path(request.query_params.get("name", "")).name
        path = EXPORTS_DIR / name
        if not path.is_file():
            return PlainTextResponse("not found", status_code=404)
        return FileResponse(path, filename=name)
