"""Message and peer accessors."""
import logging

from sqlalchemy import text

LOGGER = logging.getLogger(__name__)

SORT_COLUMNS = {"time": "time", "tx-time": "confirmation_time", "size": "size"}


def list_messages(session, channel=None, sort_by="time", sort_order="-1"):
    direction = "DESC" if str(sort_order) == "-1" else "ASC"
    params = {}
    where = ""
    if channel:
        where = "WHERE channel = :channel"
        params["channel"] = channel
    # expect: sql-injection
    rows = session.execute(text(f"SELECT item_hash, sender, channel, time FROM messages {where} ORDER BY {sort_by} {direction} LIMIT 200"), params)
    return [dict(row._mapping) for row in rows]


def list_messages_checked(session, channel=None, sort_by="time", sort_order="-1"):
    column = SORT_COLUMNS.get(sort_by, "time")
    direction = "DESC" if str(sort_order) == "-1" else "ASC"
    rows = session.execute(text(f"SELECT item_hash, sender, channel, time FROM messages WHERE channel = :channel ORDER BY {column} {direction} LIMIT 200"), {"channel": channel})
    return [dict(row._mapping) for row in rows]


def count_by_channel(session, channel):
    return session.execute(text("SELECT COUNT(*) FROM messages WHERE channel = :channel"), {"channel": channel}).scalar()


def upsert_peer(session, address, peer_type):
    session.execute(
        text("INSERT INTO peers (address, peer_type) VALUES (:address, :peer_type) ON CONFLICT (address) DO NOTHING"),
        {"address": address, "peer_type": peer_type},
    )


def get_peers(session, peer_type):
    rows = session.execute(text("SELECT address FROM peers WHERE peer_type = :peer_type"), {"peer_type": peer_type})
    return [row.address for row in rows]
