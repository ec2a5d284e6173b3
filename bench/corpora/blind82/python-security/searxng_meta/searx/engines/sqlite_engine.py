import sqlite3

database = "/var/lib/searxng/docs.db"
result_template = "key-value.html"
query_str = "SELECT title, url FROM docs WHERE title LIKE :wildcard LIMIT 10 OFFSET :offset"


def search(query, params):
    query_params = {"wildcard": r"%" + query.replace("%", r"\%") + r"%", "offset": (params["pageno"] - 1) * 10}
    with sqlite3.connect(database) as conn:
        return conn.execute(query_str, query_params).fetchall()


def search_by_column(query, params):
    column = params.get("sort") or "title"
    with sqlite3.connect(database) as conn:
        # expect: sql-injection
        return conn.execute("SELECT title, url FROM docs WHERE body MATCH '" + query + "' ORDER BY " + column).fetchall()
