"""Product service: queries and image import."""
import ipaddress
import socket
from urllib.parse import urlparse
from uuid import UUID, uuid4

import httpx
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession

from src.models import Product

SORT_COLUMNS = {"name": Product.name, "price": Product.price, "stock": Product.stock}
IMAGE_CDN_HOSTS = {"images.example-cdn.com", "cdn.shopify.com"}


class ProductService:
    def __init__(self, session: AsyncSession):
        self.session = session

    async def list_sorted(self, sort: str, limit: int) -> list[dict]:
        column = SORT_COLUMNS.get(sort.lstrip("-"), Product.name)
        order = column.desc() if sort.startswith("-") else column.asc()
        rows = await self.session.scalars(select(Product).order_by(order).limit(min(limit, 200)))
        return [p.to_dict() for p in rows]

    async def list_ranked(self, order: str) -> list[dict]:
        # expect: sql-injection
        result = await self.session.execute(text(f"SELECT id, name, price, stock FROM products ORDER BY {order} LIMIT 100"))
        return [dict(r._mapping) for r in result]

    async def search(self, q: str, limit: int) -> list[dict]:
        rows = await self.session.scalars(select(Product).where(Product.name.ilike(f"%{q}%")).limit(min(limit, 200)))
        return [p.to_dict() for p in rows]

    async def create(self, data: dict) -> dict:
        product = Product(id=uuid4(), **data)
        self.session.add(product)
        await self.session.commit()
        return product.to_dict()

    async def get(self, product_id: UUID):
        product = await self.session.get(Product, product_id)
        return product.to_dict() if product else None

    async def delete(self, product_id: UUID) -> None:
        await self.session.execute(text("DELETE FROM products WHERE id = :id"), {"id": str(product_id)})
        await self.session.commit()

    async def import_image(self, product_id: UUID, image_url: str) -> dict:
        host = urlparse(image_url).hostname or ""
        if host not in IMAGE_CDN_HOSTS and not is_public_host(host):
            raise ValueError("image host not allowed")
        async with httpx.AsyncClient(timeout=10, follow_redirects=False) as client:
            resp = await client.get(image_url)
        product = await self.session.get(Product, product_id)
        product.image = resp.content
        await self.session.commit()
        return {"id": str(product_id), "bytes": len(resp.content)}

    async def sync_supplier_feed(self, feed_url: str) -> int:
        """Pull a supplier's JSON price feed and update matching products."""
        async with httpx.AsyncClient(timeout=20) as client:
            # expect: ssrf
            feed = (await client.get(feed_url)).json()
        updated = 0
        for item in feed.get("items", [])[:1000]:
            await self.session.execute(
                text("UPDATE products SET price = :price WHERE name = :name"),
                {"price": float(item["price"]), "name": str(item["name"])},
            )
            updated += 1
        await self.session.commit()
        return updated


def is_public_host(host: str) -> bool:
    try:
        return all(ipaddress.ip_address(i[4][0]).is_global for i in socket.getaddrinfo(host, 443))
    except (socket.gaierror, ValueError):
        return False


async def provide_product_service(db_session: AsyncSession) -> ProductService:
    return ProductService(db_session)
