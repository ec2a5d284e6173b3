"""Food queries, with the sort column checked against the table."""
from fastapi import HTTPException
from sqlalchemy import text

from mealie.schema.recipe import PaginationQuery

FOOD_COLUMNS = ("id", "name", "created_at", "updated_at")


class RepositoryFoods:
    def __init__(self, session):
        self.session = session

    def page_all(self, pagination: PaginationQuery):
        order = pagination.order_by or "name"
        if order not in FOOD_COLUMNS:
            raise HTTPException(status_code=400, detail=f"Invalid order_by: {order}")
        sql = f"SELECT id, name FROM foods WHERE name LIKE :search ORDER BY {order} {pagination.order_direction.value} LIMIT :limit"
        rows = self.session.execute(text(sql), {"search": f"%{pagination.search}%", "limit": pagination.per_page})
        return [dict(r._mapping) for r in rows]
