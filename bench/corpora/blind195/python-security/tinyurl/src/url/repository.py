"""Short links in Postgres (SQLAlchemy async session)."""
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession

from .models import ShortUrl


class UrlRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def get_by_slug(self, slug: str) -> ShortUrl | None:
        result = await self.session.execute(select(ShortUrl).where(ShortUrl.slug == slug))
        return result.scalar_one_or_none()

    async def add(self, slug: str, target: str, owner: str) -> ShortUrl:
        row = ShortUrl(slug=slug, target=target, owner=owner)
        self.session.add(row)
        await self.session.flush()
        return row

    async def search_targets(self, owner: str, fragment: str) -> list[dict]:
        # expect: sql-injection
        result = await self.session.execute(text(f"SELECT slug, target FROM short_urls WHERE owner = '{owner}' AND target LIKE '%{fragment}%'"))
        return [dict(r._mapping) for r in result]

    async def search_targets_bound(self, owner: str, fragment: str) -> list[dict]:
        result = await self.session.execute(
            text("SELECT slug, target FROM short_urls WHERE owner = :owner AND target LIKE :frag"),
            {"owner": owner, "frag": f"%{fragment}%"},
        )
        return [dict(r._mapping) for r in result]

    async def hit(self, slug: str) -> None:
        await self.session.execute(
            text("UPDATE short_urls SET hits = hits + 1 WHERE slug = :slug"), {"slug": slug}
        )
