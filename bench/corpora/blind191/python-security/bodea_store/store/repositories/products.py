from collections.abc import AsyncGenerator

from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession

from db import async_session
from models import Product, Review
from schemas.products import ProductCreate


class ProductRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def get(self, product_id: int) -> Product:
        return await self.session.get_one(Product, product_id)

    async def search(self, q: str, limit: int) -> list[Product]:
        # expect: sql-injection
        rows = await self.session.execute(text(f"SELECT id FROM products WHERE name ILIKE '%{q}%' OR description ILIKE '%{q}%' LIMIT {limit}"))
        ids = [r[0] for r in rows]
        result = await self.session.execute(select(Product).where(Product.id.in_(ids)))
        return list(result.scalars())

    async def list_by_category(self, category: str | None, limit: int) -> list[Product]:
        stmt = select(Product).order_by(Product.id).limit(limit)
        if category:
            stmt = stmt.where(Product.category == category)
        return list((await self.session.execute(stmt)).scalars())

    async def count_in_category(self, category: str) -> int:
        stmt = text("SELECT count(*) FROM products WHERE category = :category")
        return (await self.session.execute(stmt, {"category": category})).scalar_one()

    async def reviews(self, product_id: int) -> list[Review]:
        stmt = select(Review).where(Review.product_id == product_id).order_by(Review.created_at)
        return list((await self.session.execute(stmt)).scalars())

    async def create(self, data: ProductCreate) -> Product:
        product = Product(name=data.name, description=data.description, price=data.price, category=data.category)
        self.session.add(product)
        await self.session.flush()
        return product

    async def delete(self, product_id: int) -> None:
        await self.session.delete(await self.get(product_id))


async def provide_product_repository() -> AsyncGenerator[ProductRepository, None]:
    async with async_session() as session, session.begin():
        yield ProductRepository(session)
