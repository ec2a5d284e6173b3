"""Product CRUD and listing."""
from typing import Optional
from uuid import UUID

from litestar import Controller, delete, get, patch, post
from litestar.exceptions import NotFoundException
from pydantic import BaseModel, HttpUrl

from src.services.products import ProductService


class ProductCreate(BaseModel):
    name: str
    price: float
    stock: int = 0
    description: str = ""


class ProductImage(BaseModel):
    image_url: HttpUrl


class SupplierFeed(BaseModel):
    feed_url: str


class ProductController(Controller):
    path = "/products"

    @get("/")
    async def list_products(self, product_service: ProductService, sort: str = "name", q: Optional[str] = None, limit: int = 50) -> list[dict]:
        if q:
            return await product_service.search(q, limit)
        return await product_service.list_sorted(sort, limit)

    @get("/ranked")
    async def ranked_products(self, product_service: ProductService, order: str = "price") -> list[dict]:
        return await product_service.list_ranked(order)

    @post("/")
    async def create_product(self, data: ProductCreate, product_service: ProductService) -> dict:
        return await product_service.create(data.model_dump())

    @get("/{product_id:uuid}")
    async def get_product(self, product_id: UUID, product_service: ProductService) -> dict:
        product = await product_service.get(product_id)
        if product is None:
            raise NotFoundException(detail="Product not found")
        return product

    @patch("/{product_id:uuid}/image")
    async def set_image(self, product_id: UUID, data: ProductImage, product_service: ProductService) -> dict:
        return await product_service.import_image(product_id, str(data.image_url))

    @post("/sync")
    async def sync_prices(self, data: SupplierFeed, product_service: ProductService) -> dict:
        return {"updated": await product_service.sync_supplier_feed(data.feed_url)}

    @delete("/{product_id:uuid}")
    async def delete_product(self, product_id: UUID, product_service: ProductService) -> None:
        await product_service.delete(product_id)
