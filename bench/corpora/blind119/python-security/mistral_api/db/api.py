"""DB API over SQL text, shaped on mistral.db.v2.sqlalchemy.api."""
from sqlalchemy import create_engine, text

ENGINE = create_engine("mysql+pymysql://mistral@db/mistral")
WORKBOOK_SCOPES = {"private", "public"}


def get_environments(sort_keys, sort_dirs="asc", **filters):
    order = ", ".join(f"{k} {'DESC' if sort_dirs == 'desc' else 'ASC'}" for k in sort_keys)
    with ENGINE.connect() as conn:
        if "name" in filters:
            return conn.execute(text("SELECT id, name, variables FROM environments_v2 WHERE name = :name"), {"name": filters["name"]}).fetchall()
        # expect: sql-injection
        return conn.execute(text(f"SELECT id, name, variables FROM environments_v2 ORDER BY {order}")).fetchall()


def update_workbook(name, definition, scope="private"):
    scope = scope if scope in WORKBOOK_SCOPES else "private"
    with ENGINE.begin() as conn:
        conn.execute(text(f"UPDATE workbooks_v2 SET definition = :d, scope = '{scope}' WHERE name = :n"), {"d": definition, "n": name})
    return name
