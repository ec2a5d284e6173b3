"""Reviewed counterparts of the stock controller."""
import logging
from pathlib import Path

from litestar import Controller, Request, get, post
from litestar.exceptions import NotFoundException, ValidationException
from litestar.response import File, Redirect

from .repository import StockRepository
from .settings import settings
from . import suppliers

logger = logging.getLogger("inventory")
SAFE_REDIRECTS = {"stock": "/stock/", "home": "/", "search": "/stock/search"}


class SafeStockController(Controller):
    path = "/v2/stock"

    @get("/")
    async def list_stock(self, request: Request, repo: StockRepository, order: str = "sku") -> list[dict]:
        warehouse = request.state.warehouse
        if warehouse not in settings.warehouses:
            raise ValidationException("unknown warehouse")
        rows = await repo.by_warehouse_bound(warehouse, order)
        return [dict(r) for r in rows]

    @get("/region")
    async def region(self, request: Request) -> dict:
        return {"region": request.state.region}

    @post("/price-sheet")
    async def price_sheet(self, data: dict[str, str]) -> dict:
        return await suppliers.fetch_supplier(data.get("supplier", "acme"))

    @get("/labels/{name:str}")
    async def label(self, name: str) -> File:
        root = Path(settings.label_dir).resolve()
        path = (root / name).resolve()
        if root not in path.parents or not path.is_file():
            raise NotFoundException()
        return File(path=path, filename=path.name)

    @get("/continue")
    async def continue_to(self, request: Request) -> Redirect:
        key = request.query_params.get("next", "stock")
        return Redirect(path=SAFE_REDIRECTS.get(key, "/"))

    @post("/adjust/{sku:str}")
    async def adjust(self, sku: str, request: Request, repo: StockRepository) -> dict:
        body = await request.json()
        try:
            delta = int(body.get("delta", 0))
        except (TypeError, ValueError):
            delta = 0
        await repo.adjust(sku, delta)
        logger.info("adjusted %s by %d", sku.replace("\r", " ").replace("\n", " "), delta)
        return {"sku": sku, "delta": delta}
