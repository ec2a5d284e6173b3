"""Request and response schemas for the catalog API."""
from typing import Optional

from ninja import Schema


class ProductFilter(Schema):
    category: str = ""
    brand: Optional[str] = None
    order_by: str = "name"
    min_price: int = 0


class ProductOut(Schema):
    id: int
    name: str
    price: int


class ImportRequest(Schema):
    feed_url: str
    format: str = "csv"
    notes: str = ""


class ExportRequest(Schema):
    filename: str
    columns: list[str] = []


class BadgeOut(Schema):
    sku: str
    html: str


class ErrorOut(Schema):
    detail: str
