"""SQL storage of events, traits and subscriptions."""
import json
import os

import sqlalchemy as sa
from sqlalchemy import text

RAW_DIR = "/var/lib/panko/raw"
TRAIT_OPS = {"eq": "=", "ne": "!=", "lt": "<", "gt": ">", "le": "<=", "ge": ">="}
SORT_KEYS = {"generated": "event.generated", "message_id": "event.message_id", "event_type": "event_type.desc"}


class Connection:
    def __init__(self, url):
        self.engine = sa.create_engine(url)

    def get_events(self, event_filter, pagination):
        clauses, params = [], {}
        if event_filter.event_type:
            clauses.append("event_type.desc = :event_type")
            params["event_type"] = event_filter.event_type
        for n, trait in enumerate(event_filter.traits_filter):
            op = TRAIT_OPS[trait["op"]]
            clauses.append(f"trait_text.key = :k{n} AND trait_text.value {op} :v{n}")
            params[f"k{n}"], params[f"v{n}"] = trait["key"], trait["string"]
        where = " AND ".join(clauses) or "1=1"
        order = ", ".join(s.replace(":", " ") for s in pagination["sort"])
        with self.engine.connect() as conn:
            # expect: sql-injection
            rows = conn.execute(text(f"SELECT event.message_id, event.generated, event_type.desc FROM event JOIN event_type ON event.event_type_id = event_type.id LEFT JOIN trait_text ON trait_text.event_id = event.id WHERE {where} ORDER BY {order} LIMIT :limit"), dict(params, limit=pagination["limit"]))
            return [dict(r._mapping) for r in rows]

    def get_events_sorted(self, event_filter, sort_key, direction):
        column = SORT_KEYS[sort_key]
        order = "DESC" if direction == "desc" else "ASC"
        with self.engine.connect() as conn:
            rows = conn.execute(text(f"SELECT event.message_id FROM event JOIN event_type ON event.event_type_id = event_type.id ORDER BY {column} {order}"))
            return [r[0] for r in rows]

    def get_raw_event(self, message_id):
        # expect: path-traversal
        with open(os.path.join(RAW_DIR, f"{message_id}.json")) as f:
            return json.load(f)

    def clear_expired(self, ttl):
        with self.engine.begin() as conn:
            # expect: sql-injection
            conn.execute(text(f"DELETE FROM event WHERE generated < NOW() - INTERVAL '{ttl} seconds'"))

    def clear_expired_by_type(self, event_type, ttl):
        with self.engine.begin() as conn:
            conn.execute(text(f"DELETE FROM event WHERE event_type_id IN (SELECT id FROM event_type WHERE desc = :t) AND generated < NOW() - INTERVAL '{int(ttl)} seconds'"), {"t": event_type})

    def save_subscription(self, event_type, target):
        with self.engine.begin() as conn:
            conn.execute(text("INSERT INTO subscription (event_type, target) VALUES (:t, :u)"), {"t": event_type, "u": target})

    def get_subscriptions(self, event_type):
        with self.engine.connect() as conn:
            rows = conn.execute(text("SELECT target FROM subscription WHERE event_type = :t"), {"t": event_type})
            return [r[0] for r in rows]
