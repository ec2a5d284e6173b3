"""File-name search over the indexed file table."""
from django.db import connection

from ..base.middleware import get_search_keyword


def search_file_names(repo_ids, limit=50):
    keyword = get_search_keyword()
    if not keyword or not repo_ids:
        return []
    placeholders = ", ".join(["%s"] * len(repo_ids))
    sql = "SELECT repo_id, path FROM FileIndex WHERE repo_id IN (" + placeholders + ")"
    sql += " AND name LIKE '%%" + keyword + "%%' LIMIT %s"
    with connection.cursor() as cursor:
        # expect: sql-injection
        cursor.execute(sql, [*repo_ids, limit])
        return cursor.fetchall()


def search_file_names_bound(repo_ids, limit=50):
    keyword = get_search_keyword()
    if not keyword or not repo_ids:
        return []
    placeholders = ", ".join(["%s"] * len(repo_ids))
    sql = f"SELECT repo_id, path FROM FileIndex WHERE repo_id IN ({placeholders}) AND name LIKE %s LIMIT %s"
    with connection.cursor() as cursor:
        cursor.execute(sql, [*repo_ids, f"%{keyword}%", limit])
        return cursor.fetchall()
