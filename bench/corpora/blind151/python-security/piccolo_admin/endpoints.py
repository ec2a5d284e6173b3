"""Admin ASGI app: Starlette routes over tables, media and forms."""
import logging

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, JSONResponse
from starlette.routing import Route

from .crud import TableCRUD
from .forms import run_import_form, run_import_form_pinned
from .media import LocalMediaStorage

logger = logging.getLogger(__name__)


class AdminRouter:
    def __init__(self, tables, media_path):
        self.crud = {t._meta.tablename: TableCRUD(t) for t in tables}
        self.media = LocalMediaStorage(media_path)

    async def list_rows(self, request: Request):
        crud = self.crud[request.path_params["tablename"]]
        params = dict(request.query_params)
        order = params.pop("__order", "id")
        rows = await crud.get_all(order=order, filters=params)
        return JSONResponse({"rows": rows})

    async def list_rows_checked(self, request: Request):
        crud = self.crud[request.path_params["tablename"]]
        rows = await crud.get_all_checked(order=request.query_params.get("__order", "id"))
        return JSONResponse({"rows": rows})

    async def preview(self, request: Request):
        crud = self.crud[request.path_params["tablename"]]
        row_id = int(request.path_params["row_id"])
        return HTMLResponse(await crud.preview_html(row_id))

    async def media_file(self, request: Request):
        path = self.media.path_for(request.path_params["file_key"])
        # expect: path-traversal
        return FileResponse(path)

    async def media_file_checked(self, request: Request):
        path = self.media.path_for_checked(request.path_params["file_key"])
        return FileResponse(path)

    async def import_form(self, request: Request):
        data = await request.json()
        if data.get("source") == "pinned":
            count = await run_import_form_pinned(self.crud, data)
        else:
            count = await run_import_form(self.crud, data)
        return JSONResponse({"imported": count})

    def app(self):
        return Starlette(
            routes=[
                Route("/api/tables/{tablename}/", self.list_rows),
                Route("/api/tables/{tablename}/checked/", self.list_rows_checked),
                Route("/api/tables/{tablename}/{row_id:int}/preview/", self.preview),
                Route("/api/media-files/{file_key:path}", self.media_file),
                Route("/api/media/{file_key}", self.media_file_checked),
                Route("/api/forms/import/", self.import_form, methods=["POST"]),
            ]
        )
