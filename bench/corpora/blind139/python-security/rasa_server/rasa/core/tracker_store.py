"""Tracker store on a SQL database."""
import json

import sqlalchemy as sa
from sqlalchemy import text


class SQLTrackerStore:
    def __init__(self, url="sqlite:///rasa.db"):
        self.engine = sa.create_engine(url)

    def retrieve(self, sender_id):
        with self.engine.connect() as conn:
            # expect: sql-injection
            rows = conn.execute(text(f"SELECT data FROM events WHERE sender_id = '{sender_id}' ORDER BY timestamp"))
            return [json.loads(r[0]) for r in rows]

    def count(self, sender_id):
        with self.engine.connect() as conn:
            return conn.execute(text("SELECT COUNT(*) FROM events WHERE sender_id = :sid"), {"sid": sender_id}).scalar()
