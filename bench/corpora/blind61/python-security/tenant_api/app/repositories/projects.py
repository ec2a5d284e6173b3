"""Project rows live in one schema per tenant."""
from sqlalchemy import text
from sqlalchemy.orm import Session


class ProjectRepository:
    def __init__(self, session: Session, schema: str):
        self.session = session
        self.schema = schema

    def _use_schema(self):
        # expect: sql-injection
        self.session.execute(text(f"SET search_path TO {self.schema}, public"))

    def list(self, offset: int, limit: int):
        self._use_schema()
        rows = self.session.execute(
            text("SELECT id, name, status FROM projects ORDER BY id LIMIT :limit OFFSET :offset"),
            {"limit": limit, "offset": offset},
        )
        return [dict(r._mapping) for r in rows]

    def find_by_status(self, status: str):
        self._use_schema()
        stmt = text("SELECT id, name FROM projects WHERE status = :status").bindparams(status=status)
        return [dict(r._mapping) for r in self.session.execute(stmt)]

    def search(self, term: str, owner: str):
        self._use_schema()
        where = "name ILIKE '%%" + term + "%%'"
        if owner:
            where += " AND owner_id = '" + owner + "'"
        # expect: sql-injection
        rows = self.session.execute(text("SELECT id, name FROM projects WHERE " + where))
        return [dict(r._mapping) for r in rows]

    def search_bound(self, term: str, owner: str):
        self._use_schema()
        sql = "SELECT id, name FROM projects WHERE name ILIKE :term"
        params = {"term": f"%{term}%"}
        if owner:
            sql += " AND owner_id = :owner"
            params["owner"] = owner
        return [dict(r._mapping) for r in self.session.execute(text(sql), params)]


class VerifiedProjectRepository(ProjectRepository):
    """Used with tenants that went through get_verified_tenant: the schema name is a checked slug."""

    def archive(self, project_id: int):
        self.session.execute(text(f"SET search_path TO {self.schema}, public"))
        self.session.execute(text("UPDATE projects SET status = 'archived' WHERE id = :id"), {"id": project_id})
        self.session.commit()
