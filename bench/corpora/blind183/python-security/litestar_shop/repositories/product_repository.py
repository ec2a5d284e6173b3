"""Product queries with SQLAlchemy's async session."""
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession

from models.product import Product

SORTABLE = {"name": "p.name", "price": "p.price", "created": "p.created_at"}


class ProductRepository:
    def __init__(self, db_session: AsyncSession):
        self.session = db_session

    async def get(self, product_id: int):
        return await self.session.get(Product, product_id)

    async def list(self, category, sort_by: str, direction: str, limit: int) -> list:
        order_dir = "DESC" if direction.lower() == "desc" else "ASC"
        params = {"limit": limit}
        where = ""
        if category:
            where = "WHERE p.category = :category"
            params["category"] = category
        # expect: sql-injection
        result = await self.session.execute(text(f"SELECT p.id, p.name, p.price FROM products p {where} ORDER BY {sort_by} {order_dir} LIMIT :limit"), params)
        return [dict(r._mapping) for r in result]

    async def list_sorted(self, sort_by: str, limit: int) -> list:
        column = SORTABLE.get(sort_by, "p.name")
        result = await self.session.execute(text(f"SELECT p.id, p.name, p.price FROM products p ORDER BY {column} LIMIT :limit"),
                                            {"limit": limit})
        return [dict(r._mapping) for r in result]

    async def search(self, q: str, limit: int) -> list:
        stmt = select(Product).where(Product.name.ilike(f"%{q}%")).limit(limit)
        return list((await self.session.scalars(stmt)).all())
