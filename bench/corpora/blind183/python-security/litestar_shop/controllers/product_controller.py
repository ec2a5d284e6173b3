"""Product catalogue endpoints."""
from typing import Optional

from litestar import Controller, get
from litestar.exceptions import NotFoundException
from litestar.params import Parameter

from repositories.product_repository import ProductRepository
from schemas.product import ProductRead


class ProductController(Controller):
    path = "/products"

    @get("/")
    async def list_products(
        self,
        product_repository: ProductRepository,
        category: Optional[str] = None,
        sort_by: str = Parameter(query="sort", default="name"),
        direction: str = Parameter(query="dir", default="asc"),
        limit: int = Parameter(default=20, ge=1, le=100),
    ) -> list[ProductRead]:
        return await product_repository.list(category=category, sort_by=sort_by, direction=direction, limit=limit)

    @get("/search")
    async def search_products(self, product_repository: ProductRepository, q: str, limit: int = 20) -> list[ProductRead]:
        return await product_repository.search(q, min(max(limit, 1), 100))

    @get("/{product_id:int}")
    async def get_product(self, product_repository: ProductRepository, product_id: int) -> ProductRead:
        product = await product_repository.get(product_id)
        if product is None:
            raise NotFoundException(detail=f"product {product_id} not found")
        return product
