"""Reviewed counterparts of the catalog router."""
from urllib.parse import urlparse

import requests
from django.http import HttpResponse
from django.utils.html import format_html
from ninja import Query, Router
from ninja.errors import HttpError

from . import services
from .schemas import ImportRequest, ProductFilter, ProductOut

router = Router(tags=["catalog-v2"])
FEED_HOSTS = {"feeds.partner.example.com", "cdn.partner.example.com"}
FORMATS = {"csv": "csv", "xlsx": "xlsx"}


@router.get("/products", response=list[ProductOut])
def list_products(request, filters: Query[ProductFilter]):
    return services.products_in_category_bound(filters.category, filters.brand)


@router.get("/products/band", response=list[ProductOut])
def band(request, filters: Query[ProductFilter]):
    return list(services.price_band(filters.min_price, filters.order_by))


@router.get("/products/discounted", response=list[ProductOut])
def discounted(request, rate: str = "0.9"):
    try:
        value = float(rate)
    except ValueError:
        value = 1.0
    return list(services.with_fixed_discount(value))


@router.get("/brands/{brand}/count")
def brand_count(request, brand: str):
    return {"count": services.count_by_brand(brand)}


@router.post("/imports")
def start_import(request, payload: ImportRequest):
    host = urlparse(payload.feed_url).hostname
    if host not in FEED_HOSTS:
        raise HttpError(400, "feed host not allowed")
    resp = requests.get(payload.feed_url, timeout=15)
    return {"bytes": len(resp.content)}


@router.get("/products/{sku}/badge")
def badge(request, sku: str, label: str = ""):
    label = label or sku
    return HttpResponse(format_html("<span class='badge'>{}</span>", label))


@router.get("/products/{sku}/download")
def download_sheet(request, sku: str):
    fmt = FORMATS.get(request.headers.get("X-Sheet-Format", "csv"), "csv")
    response = HttpResponse(b"", content_type="text/csv")
    response["Content-Disposition"] = f"attachment; filename=product.{fmt}"
    return response
