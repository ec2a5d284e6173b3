"""Connection helper for RPC methods."""
from contextlib import contextmanager

import psycopg


@contextmanager
def connect(database_id, user):
    info = user.database_credentials(database_id)
    with psycopg.connect(host=info.host, port=info.port, dbname=info.dbname, user=info.role, password=info.password) as conn:
        yield conn
