"""Raw SQL access to the legacy articles table."""
import logging
from typing import List, Optional

from sqlalchemy import text

from .db import engine

logger = logging.getLogger(__name__)

SORT_COLUMNS = {"id": "id", "title": "title"}


class ArticleRepository:
    def find(self, term: Optional[str], order_by: List[str], skip: int, limit: int) -> List[dict]:
        clauses = []
        for item in order_by:
            name, _, direction = item.partition(" ")
            column = SORT_COLUMNS.get(name)
            if column:
                clauses.append(f"{column} {'DESC' if direction.lower() == 'desc' else 'ASC'}")
        order_sql = ", ".join(clauses) or "id"
        with engine.connect() as conn:
            if term:
                rows = conn.execute(
                    # expect: sql-injection
                    text(f"SELECT id, title, summary FROM articles WHERE title LIKE '%{term}%' ORDER BY {order_sql} LIMIT {int(limit)} OFFSET {int(skip)}")
                )
            else:
                rows = conn.execute(
                    text(f"SELECT id, title, summary FROM articles ORDER BY {order_sql} LIMIT :limit OFFSET :skip"),
                    {"limit": limit, "skip": skip},
                )
            return [dict(r._mapping) for r in rows]

    def count(self, term: Optional[str]) -> int:
        with engine.connect() as conn:
            if term:
                return conn.execute(
                    text("SELECT count(*) FROM articles WHERE title LIKE :term"), {"term": f"%{term}%"}
                ).scalar_one()
            return conn.execute(text("SELECT count(*) FROM articles")).scalar_one()

    def get(self, pk: int) -> dict:
        with engine.connect() as conn:
            row = conn.execute(text("SELECT id, title, summary FROM articles WHERE id = :pk"), {"pk": pk}).one()
            return dict(row._mapping)
