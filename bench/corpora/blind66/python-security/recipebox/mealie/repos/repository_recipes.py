"""Recipe queries."""
from sqlalchemy import text

from mealie.schema.recipe import PaginationQuery


class RepositoryRecipes:
    def __init__(self, session, household):
        self.session = session
        self.household = household

    def page_all(self, pagination: PaginationQuery):
        order = pagination.order_by or "created_at"
        sql = "SELECT id, slug, name FROM recipes WHERE name LIKE :search"
        sql += f" ORDER BY {order} {pagination.order_direction.value}"
        sql += " LIMIT :limit OFFSET :offset"
        params = {
            "search": f"%{pagination.search}%",
            "limit": pagination.per_page,
            "offset": (pagination.page - 1) * pagination.per_page,
        }
        # expect: sql-injection
        return [dict(r._mapping) for r in self.session.execute(text(sql), params)]

    def by_household(self, search):
        sql = f"SELECT id, slug, name FROM recipes WHERE household_slug = '{self.household}'"
        if search:
            sql += " AND name LIKE :search"
        # expect: sql-injection
        rows = self.session.execute(text(sql), {"search": f"%{search}%"})
        return [dict(r._mapping) for r in rows]

    def create(self, data):
        row = self.session.execute(
            text("INSERT INTO recipes (name, org_url, household_slug) VALUES (:name, :url, :household) RETURNING id, slug"),
            {"name": data["name"], "url": data["org_url"], "household": self.household},
        ).one()
        self.session.commit()
        return row
