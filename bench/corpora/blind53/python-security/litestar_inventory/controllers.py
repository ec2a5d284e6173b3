"""Litestar controllers for the inventory API."""
import logging
import os

from litestar import Controller, Request, get, post
from litestar.exceptions import NotFoundException
from litestar.params import Parameter
from litestar.response import File, Redirect

from .repository import StockRepository
from .settings import settings
from . import suppliers

logger = logging.getLogger("inventory")


class StockController(Controller):
    path = "/stock"

    @get("/")
    async def list_stock(self, request: Request, repo: StockRepository, order: str = "sku") -> list[dict]:
        warehouse = request.state.warehouse
        rows = await repo.by_warehouse(warehouse, order)
        return [dict(r) for r in rows]

    @get("/search")
    async def search(self, repo: StockRepository, q: str = Parameter(query="q", default="")) -> list[dict]:
        words = [w for w in q.split() if w]
        rows = await repo.search_names(words)
        return [dict(r) for r in rows]

    @post("/price-sheet")
    async def price_sheet(self, data: dict[str, str]) -> dict:
        source = data.get("source_url", "")
        return await suppliers.fetch_price_sheet(source)

    @get("/labels/{name:str}")
    async def label(self, name: str) -> File:
        path = os.path.join(settings.label_dir, name)
        if not os.path.exists(path):
            raise NotFoundException()
        # expect: path-traversal
        return File(path=path, filename=os.path.basename(path))

    @get("/continue")
    async def continue_to(self, request: Request) -> Redirect:
        target = request.query_params.get("next", "/stock/")
        # expect: open-redirect
        return Redirect(path=target)

    @post("/audit")
    async def audit(self, request: Request) -> dict:
        body = await request.json()
        # expect: log-injection
        logger.info("audit note from %s: " + body.get("note", ""), request.state.trace)
        return {"ok": True}
