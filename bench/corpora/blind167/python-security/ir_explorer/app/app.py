"""Litestar application of the IR Explorer backend."""
import os

from litestar import Litestar, get
from litestar.config.cors import CORSConfig
from litestar.config.response_cache import ResponseCacheConfig
from litestar.contrib.sqlalchemy.plugins import SQLAlchemyAsyncConfig, SQLAlchemyInitPlugin
from litestar.stores.memory import MemoryStore

from db.controller import DBController

DB_URL = "postgresql+asyncpg://{user}:{password}@{host}:{port}/{db}".format(
    user=os.environ["POSTGRES_USER"],
    password=os.environ["POSTGRES_PASSWORD"],
    host=os.environ.get("POSTGRES_HOST", "localhost"),
    port=int(os.environ.get("POSTGRES_PORT", "5432")),
    db=os.environ["POSTGRES_DB"],
)

db_config = SQLAlchemyAsyncConfig(connection_string=DB_URL, create_all=False)
cache_store = MemoryStore()


@get("/health")
async def health() -> dict[str, str]:
    return {"status": "ok"}


app = Litestar(
    route_handlers=[DBController, health],
    plugins=[SQLAlchemyInitPlugin(db_config)],
    cors_config=CORSConfig(allow_origins=os.environ.get("CORS_ORIGINS", "http://localhost:5173").split(",")),
    response_cache_config=ResponseCacheConfig(
        default_expiration=int(os.environ.get("CACHE_EXPIRATION_DURATION", "60")), store="response_cache"
    ),
    stores={"response_cache": cache_store},
)
