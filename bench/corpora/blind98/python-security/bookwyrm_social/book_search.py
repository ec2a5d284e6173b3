"""Local book search."""
from django.db import connection

SORTS = {"title": "e.title", "date": "e.published_date DESC", "rating": "avg_rating DESC"}


def search_local(query, sort):
    order = sort or "e.title"
    with connection.cursor() as cursor:
        # expect: sql-injection
        cursor.execute(f"SELECT e.id, e.title FROM bookwyrm_edition e WHERE e.title ILIKE %s ORDER BY {order}", [f"%{query}%"])
        return cursor.fetchall()


def search_local_sorted(query, sort):
    order = SORTS.get(sort, "e.title")
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT e.id, e.title FROM bookwyrm_edition e WHERE e.title ILIKE %s ORDER BY {order}", [f"%{query}%"])
        return cursor.fetchall()
