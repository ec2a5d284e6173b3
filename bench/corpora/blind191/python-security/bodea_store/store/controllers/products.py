from typing import Annotated

from litestar import Controller, MediaType, Response, delete, get, post
from litestar.di import Provide
from litestar.params import Parameter

from repositories.products import ProductRepository, provide_product_repository
from schemas.products import ProductCreate, ProductRead
from services.images import import_image, import_image_from_cdn


class ProductController(Controller):
    path = "/products"
    dependencies = {"repo": Provide(provide_product_repository)}

    @get()
    async def list_products(
        self,
        repo: ProductRepository,
        q: Annotated[str | None, Parameter(max_length=100)] = None,
        category: str | None = None,
        limit: Annotated[int, Parameter(ge=1, le=100)] = 20,
    ) -> list[ProductRead]:
        if q:
            return await repo.search(q, limit)
        return await repo.list_by_category(category, limit)

    @post()
    async def create_product(self, repo: ProductRepository, data: ProductCreate) -> ProductRead:
        product = await repo.create(data)
        if data.image_url:
            product.image_path = await import_image(data.image_url, product.id)
        elif data.cdn_image:
            product.image_path = await import_image_from_cdn(data.cdn_image, product.id)
        return product

    @get("/{product_id:int}/card", media_type=MediaType.HTML)
    async def product_card(self, repo: ProductRepository, product_id: int) -> Response[str]:
        product = await repo.get(product_id)
        reviews = await repo.reviews(product_id)
        items = "".join(f"<li>{r.author}: {r.text}</li>" for r in reviews)
        # expect: xss
        return Response(content=f"<article><h2>{product.name}</h2><ul>{items}</ul></article>", media_type=MediaType.HTML)

    @get("/{product_id:int}")
    async def get_product(self, repo: ProductRepository, product_id: int) -> ProductRead:
        return await repo.get(product_id)

    @delete("/{product_id:int}")
    async def delete_product(self, repo: ProductRepository, product_id: int) -> None:
        await repo.delete(product_id)
