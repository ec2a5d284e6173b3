"""asyncpg access to distributions and published files."""
import asyncpg


class Database:
    def __init__(self, pool: asyncpg.Pool):
        self.pool = pool

    @classmethod
    async def connect(cls, dsn: str) -> "Database":
        return cls(await asyncpg.create_pool(dsn, min_size=1, max_size=10))

    async def distribution_for(self, path: str):
        """The distribution whose base_path is the longest prefix of ``path``."""
        base_paths = []
        parts = path.strip("/").split("/")
        for i in range(len(parts), 0, -1):
            base_paths.append("/".join(parts[:i]))
        return await self.pool.fetchrow(
            "SELECT id, base_path, publication_dir, remote_url, content_guard FROM distributions "
            "WHERE base_path = ANY($1::text[]) ORDER BY length(base_path) DESC LIMIT 1",
            base_paths,
        )

    async def list_distributions(self, name_prefix: str = ""):
        return await self.pool.fetch(
            "SELECT base_path FROM distributions WHERE base_path LIKE $1 || '%' ORDER BY base_path", name_prefix
        )

    async def published_files(self, distribution_id: int, directory: str):
        # expect: sql-injection
        return await self.pool.fetch(f"SELECT relative_path, size FROM published_files WHERE distribution_id = {distribution_id} AND relative_path LIKE '{directory}%'")
