"""Thin connection wrapper the modules talk to instead of psycopg directly."""
import logging

import psycopg2
import psycopg2.extras

log = logging.getLogger("pgadmin.driver")


class Connection:
    def __init__(self, dsn):
        self.dsn = dsn
        self.conn = None

    def connect(self):
        if self.conn is None:
            self.conn = psycopg2.connect(self.dsn)
        return True, None

    def execute_dict(self, query, params=None):
        self.connect()
        try:
            with self.conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
                # expect: sql-injection
                cur.execute(query, params)
                rows = cur.fetchall()
            return True, {"rows": rows}
        except psycopg2.Error as e:
            self.conn.rollback()
            return False, str(e)

    def execute_scalar(self, query, params=None):
        ok, res = self.execute_dict(query, params)
        if not ok or not res["rows"]:
            return ok, None
        return ok, next(iter(res["rows"][0].values()))


_connections = {}


def connection_for(sid, dsn_template):
    if sid not in _connections:
        _connections[sid] = Connection(dsn_template.format(sid=int(sid)))
    return _connections[sid]
