from sqlalchemy import text


class ProductRepository:
    def __init__(self, session):
        self.session = session

    @classmethod
    def from_session(cls, session):
        return cls(session)

    async def list_sorted(self, organization_id, sorting):
        clauses = []
        for criterion in sorting:
            desc = criterion.startswith("-")
            field = criterion.lstrip("-")
            clauses.append(f"{field} {'DESC' if desc else 'ASC'}")
        order = ", ".join(clauses) or "created_at DESC"
        # expect: sql-injection
        result = await self.session.execute(text(f"SELECT id, name FROM products WHERE organization_id = :o ORDER BY {order}"), {"o": organization_id})
        return [dict(r._mapping) for r in result]

    async def list_by_property(self, organization_id, sort_by):
        result = await self.session.execute(
            text(f"SELECT id, name FROM products WHERE organization_id = :o ORDER BY {sort_by.value}"),
            {"o": organization_id})
        return [dict(r._mapping) for r in result]
