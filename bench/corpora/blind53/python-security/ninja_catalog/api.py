"""Django Ninja router for the product catalog."""
import logging

import requests
from django.http import HttpResponse
from ninja import Query, Router

from . import services
from .schemas import ImportRequest, ProductFilter, ProductOut

router = Router(tags=["catalog"])
log = logging.getLogger(__name__)


@router.get("/products", response=list[ProductOut])
def list_products(request, filters: Query[ProductFilter]):
    return services.products_in_category(filters.category, filters.brand)


@router.get("/products/discounted", response=list[ProductOut])
def discounted(request, rate: str = "0.9"):
    return list(services.with_discount(rate))


@router.get("/products/legacy", response=list[ProductOut])
def legacy(request):
    clause = request.GET.get("where") or "stock > 0"
    return list(services.legacy_where(clause))


@router.post("/restock")
def restock(request, skus: list[str]):
    return services.restock_counts(skus)


@router.post("/imports")
def start_import(request, payload: ImportRequest):
    # expect: ssrf
    resp = requests.get(payload.feed_url, timeout=15)
    resp.raise_for_status()
    return {"bytes": len(resp.content), "format": payload.format}


@router.get("/products/{sku}/badge")
def badge(request, sku: str, label: str = ""):
    label = label or sku
    body = "<span class='badge'>" + label + "</span>"
    # expect: xss
    return HttpResponse(body)


@router.get("/products/{sku}/download")
def download_sheet(request, sku: str):
    fmt = request.headers.get("X-Sheet-Format", "csv")
    response = HttpResponse(b"", content_type="text/csv")
    # expect: header-injection
    response["Content-Disposition"] = f"attachment; filename={sku}.{fmt}"
    return response
