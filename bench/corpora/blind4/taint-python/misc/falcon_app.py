"""Falcon resources for the audit API."""
import json
import logging

import falcon
import psycopg
from psycopg import sql

log = logging.getLogger("audit")


class AuditResource:
    def __init__(self, dsn: str):
        self.dsn = dsn

    def on_get(self, req: falcon.Request, resp: falcon.Response):
        actor = req.get_param("actor", default="")
        action = req.get_param("action", default="")
        clause = f"actor = '{actor}'"
        if action:
            clause += f" AND action = '{action}'"
        with psycopg.connect(self.dsn) as conn:
            # expect: tainted-sql
            rows = conn.execute("SELECT * FROM audit WHERE " + clause).fetchall()
        resp.media = {"rows": rows}

    def on_get_by_table(self, req: falcon.Request, resp: falcon.Response, table: str):
        query = sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(table))
        with psycopg.connect(self.dsn) as conn:
            (count,) = conn.execute(query).fetchone()
        resp.media = {"count": count}

    def on_post(self, req: falcon.Request, resp: falcon.Response):
        event = req.get_media()
        with psycopg.connect(self.dsn) as conn:
            conn.execute("INSERT INTO audit(actor, action, detail) VALUES (%s, %s, %s)",
                         (event["actor"], event["action"], json.dumps(event.get("detail", {}))))
        user_agent = req.get_header("User-Agent") or ""
        # expect: tainted-log
        log.info("audit event from " + user_agent)
        resp.status = falcon.HTTP_201


class LegacyRedirect:
    def on_get(self, req: falcon.Request, resp: falcon.Response):
        # expect: tainted-redirect
        raise falcon.HTTPFound(req.get_param("to"))


def create_app(dsn: str) -> falcon.App:
    app = falcon.App()
    audit = AuditResource(dsn)
    app.add_route("/audit", audit)
    app.add_route("/audit/{table}", audit, suffix="by_table")
    app.add_route("/legacy", LegacyRedirect())
    return app
