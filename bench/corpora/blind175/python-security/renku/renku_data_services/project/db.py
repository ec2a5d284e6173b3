"""Project repository: lookups and the namespace search."""
from sqlalchemy import bindparam, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from renku_data_services.project import orm as schemas

ORDERING = {"name": schemas.ProjectORM.name, "creation_date": schemas.ProjectORM.creation_date.desc()}


class ProjectRepository:
    def __init__(self, session_maker):
        self.session_maker = session_maker

    async def get_project(self, project_id: str):
        async with self.session_maker() as session:
            session: AsyncSession
            result = await session.execute(select(schemas.ProjectORM).where(schemas.ProjectORM.id == project_id))
            return result.scalar_one_or_none()

    async def list_projects(self, namespace: str | None, order: str, page: int, per_page: int):
        async with self.session_maker() as session:
            stmt = select(schemas.ProjectORM)
            if namespace:
                stmt = stmt.where(schemas.ProjectORM.slug.has(namespace=namespace))
            stmt = stmt.order_by(ORDERING.get(order, schemas.ProjectORM.creation_date.desc()))
            stmt = stmt.offset((page - 1) * per_page).limit(per_page)
            result = await session.execute(stmt)
            return result.scalars().all()

    async def search_slugs(self, prefix: str, limit: int):
        async with self.session_maker() as session:
            stmt = text(
                "SELECT slug FROM projects.project_slugs WHERE slug LIKE :prefix ORDER BY slug LIMIT :limit"
            ).bindparams(bindparam("prefix"), bindparam("limit"))
            rows = await session.execute(stmt, {"prefix": prefix.replace("%", "") + "%", "limit": limit})
            return [row.slug for row in rows]

    async def search_by_keyword(self, keyword: str, visibility: str):
        async with self.session_maker() as session:
            # expect: sql-injection
            rows = await session.execute(text(f"SELECT id, name FROM projects.projects WHERE visibility = 'public' AND '{keyword}' = ANY(keywords)"))
            results = [dict(row._mapping) for row in rows]
            if visibility == "all":
                return results
            return [r for r in results if r]
