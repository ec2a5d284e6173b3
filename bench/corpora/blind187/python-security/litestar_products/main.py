"""Litestar product inventory service."""
import os
from typing import Optional

from litestar import Litestar, get
from litestar.contrib.sqlalchemy.plugins import SQLAlchemyAsyncConfig, SQLAlchemyInitPlugin
from litestar.di import Provide

from src.routes.products import ProductController
from src.routes.labels import LabelController
from src.services.products import provide_product_service


@get("/")
async def hello() -> dict:
    return {"message": "Hello World"}


@get("/health")
async def health(verbose: Optional[bool] = False) -> dict:
    return {"status": "ok", "verbose": bool(verbose)}


db_config = SQLAlchemyAsyncConfig(
    connection_string=os.environ.get("DATABASE_URL", "sqlite+aiosqlite:///products.db"),
    create_all=True,
)

route_handlers = [hello, health, ProductController, LabelController]

app = Litestar(
    route_handlers=route_handlers,
    plugins=[SQLAlchemyInitPlugin(db_config)],
    dependencies={"product_service": Provide(provide_product_service)},
    debug=os.environ.get("LITESTAR_DEBUG") == "1",
)
