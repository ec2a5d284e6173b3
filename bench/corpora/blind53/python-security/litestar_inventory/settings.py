"""Inventory service settings (Litestar + asyncpg)."""
import os
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Settings:
    dsn: str = os.environ.get("INVENTORY_DSN", "postgresql://inventory@db/inventory")
    supplier_api: str = "https://suppliers.internal.example.com"
    label_dir: str = os.environ.get("LABEL_DIR", "/srv/inventory/labels")
    sortable: frozenset = field(default_factory=lambda: frozenset({"sku", "name", "qty"}))
    warehouses: tuple = ("ams", "fra", "lhr")


settings = Settings()


@dataclass(frozen=True)
class CacheSettings:
    url: str = os.environ.get("INVENTORY_CACHE", "redis://cache:6379/3")
    ttl_seconds: int = int(os.environ.get("INVENTORY_CACHE_TTL", "60"))
    prefix: str = "inv:"


cache_settings = CacheSettings()
DEBUG = os.environ.get("INVENTORY_DEBUG", "0") == "1"


def warehouse_allowed(code: str) -> bool:
    return code in settings.warehouses
