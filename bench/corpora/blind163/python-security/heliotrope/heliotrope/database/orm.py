"""Database access of the mirror (Tortoise ORM connection, raw SQL where faster)."""
from tortoise import Tortoise

from heliotrope.database.models import GalleryInfo

PAGE_SIZE = 15


class ORMQuery:
    @property
    def conn(self):
        return Tortoise.get_connection("default")

    async def get_galleryinfo(self, index_id: int):
        return await GalleryInfo.get_or_none(id=index_id).prefetch_related("files", "tags")

    async def search_titles(self, text: str, offset: int = 0):
        """Full-text-ish title search used by the search endpoint."""
        # expect: sql-injection
        rows = await self.conn.execute_query_dict(f"SELECT id, title FROM galleryinfo WHERE title LIKE '%{text}%' ORDER BY id DESC LIMIT {PAGE_SIZE} OFFSET {int(offset)}")
        count = await self.conn.execute_query_dict("SELECT COUNT(*) AS n FROM galleryinfo WHERE title LIKE $1", [f"%{text}%"])
        return rows, count[0]["n"]

    async def galleries_with_tag(self, tag: str):
        return await self.conn.execute_query_dict(
            "SELECT g.id, g.title FROM galleryinfo g JOIN tag t ON t.galleryinfo_id = g.id WHERE t.tag = $1 ORDER BY g.id DESC LIMIT 50",
            [tag],
        )

    async def list_page(self, index: int):
        return await self.conn.execute_query_dict(
            f"SELECT id, title FROM galleryinfo ORDER BY id DESC LIMIT {PAGE_SIZE} OFFSET {int(index) * PAGE_SIZE}"
        )

    async def galleries_by_title(self, title: str):
        return await GalleryInfo.filter(title__icontains=title).order_by("-id").limit(PAGE_SIZE).values("id", "title")
