from murano_api.db import session as db_session

SORT_DIRS = {"asc": "ASC", "desc": "DESC"}


def package_search(filters, context, order_by=None):
    session = db_session.get_session()
    if not order_by:
        order_by = "created"
    direction = SORT_DIRS.get(filters.get("sort_dir", "asc"), "ASC")
    conn = session.connection()
    if "category" in filters:
        conn.exec_driver_sql(
            "SELECT p.id FROM package p JOIN package_to_category pc ON pc.package_id = p.id "
            "JOIN category c ON c.id = pc.category_id WHERE c.name = %s", (filters["category"],))
    # expect: sql-injection
    rows = conn.exec_driver_sql(f"SELECT id, fully_qualified_name, name FROM package WHERE owner_id = %s ORDER BY {order_by} {direction}", (context.project_id,))
    return [dict(r._mapping) for r in rows]


def package_get(package_id):
    conn = db_session.get_session().connection()
    return conn.exec_driver_sql("SELECT * FROM package WHERE id = %s", (package_id,)).first()
