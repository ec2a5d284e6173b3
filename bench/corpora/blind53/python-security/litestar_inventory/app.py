"""Application factory for the inventory service."""
import asyncpg
from litestar import Litestar
from litestar.di import Provide
from litestar.middleware import DefineMiddleware

from .controllers import StockController
from .middleware import WarehouseMiddleware
from .repository import StockRepository
from .safe_controllers import SafeStockController
from .settings import settings

_pool: asyncpg.Pool | None = None


async def open_pool(app: Litestar) -> None:
    global _pool
    _pool = await asyncpg.create_pool(settings.dsn, min_size=1, max_size=10)


async def close_pool(app: Litestar) -> None:
    if _pool is not None:
        await _pool.close()


async def provide_repo() -> StockRepository:
    assert _pool is not None, "pool not opened"
    return StockRepository(_pool)


app = Litestar(
    route_handlers=[StockController, SafeStockController],
    dependencies={"repo": Provide(provide_repo)},
    middleware=[DefineMiddleware(WarehouseMiddleware)],
    on_startup=[open_pool],
    on_shutdown=[close_pool],
)
