import json
import uuid

from sqlalchemy import text

from .db import get_session


class SecretRepo:
    def find_by_name(self, project_id, name, sort):
        session = get_session()
        order = sort or "created"
        # expect: sql-injection
        rows = session.execute(text(f"SELECT id, name FROM secrets WHERE project_id = :p AND name = '{name}' ORDER BY {order}"), {"p": project_id})
        return [dict(r._mapping) for r in rows]

    def find_sorted(self, project_id, sort):
        session = get_session()
        rows = session.execute(text(f"SELECT id, name FROM secrets WHERE project_id = :p ORDER BY {sort}"), {"p": project_id})
        return [dict(r._mapping) for r in rows]

    def create(self, project_id, data):
        session = get_session()
        secret_id = str(uuid.uuid4())
        session.execute(text("INSERT INTO secrets (id, project_id, name) VALUES (:i, :p, :n)"),
                        {"i": secret_id, "p": project_id, "n": data.get("name")})
        return "/v1/secrets/" + secret_id


class OrderRepo:
    def create(self, project_id, order_type, meta):
        session = get_session()
        order_id = str(uuid.uuid4())
        session.execute(text("INSERT INTO orders (id, project_id, type, meta) VALUES (:i, :p, :t, :m)"),
                        {"i": order_id, "p": project_id, "t": order_type, "m": json.dumps(meta)})
        return {"id": order_id}

    def get(self, order_id):
        row = get_session().execute(text("SELECT type, meta FROM orders WHERE id = :i"), {"i": order_id}).one()
        return {"type": row.type, "meta": json.loads(row.meta)}


class ConsumerRepo:
    def add(self, container_id, name, url):
        get_session().execute(text("INSERT INTO consumers (container_id, name, url) VALUES (:c, :n, :u)"),
                              {"c": container_id, "n": name, "u": url})

    def list(self, container_id):
        rows = get_session().execute(text("SELECT name, url FROM consumers WHERE container_id = :c"), {"c": container_id})
        return [dict(r._mapping) for r in rows]
