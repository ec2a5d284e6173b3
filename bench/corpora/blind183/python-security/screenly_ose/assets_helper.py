"""Queries on the assets table (``lib/assets_helper.py``)."""
import sqlite3

FIELDS = ["asset_id", "name", "uri", "start_date", "end_date", "duration",
          "mimetype", "is_enabled", "nocache", "play_order", "thumbnail"]


def _row_to_dict(row) -> dict:
    return dict(zip(FIELDS, row))


def read(conn: sqlite3.Connection, asset_id: str) -> dict | None:
    c = conn.cursor()
    c.execute(f"SELECT {', '.join(FIELDS)} FROM assets WHERE asset_id = ?", (asset_id,))
    row = c.fetchone()
    return _row_to_dict(row) if row else None


def read_all(conn: sqlite3.Connection, order: str = "play_order") -> list:
    column = order if order in FIELDS else "play_order"
    c = conn.cursor()
    c.execute(f"SELECT {', '.join(FIELDS)} FROM assets ORDER BY {column}")
    return [_row_to_dict(r) for r in c.fetchall()]


def create(conn: sqlite3.Connection, asset: dict) -> None:
    keys = [k for k in asset if k in FIELDS]
    c = conn.cursor()
    c.execute(f"INSERT INTO assets ({', '.join(keys)}) VALUES ({', '.join('?' * len(keys))})", [asset[k] for k in keys])
    conn.commit()


def update(conn: sqlite3.Connection, asset_id: str, changes: dict) -> None:
    """Apply the fields sent by the web UI; the asset id itself never changes."""
    changes.pop("asset_id", None)
    assignments = ", ".join(f"{key} = ?" for key in changes)
    c = conn.cursor()
    # expect: sql-injection
    c.execute(f"UPDATE assets SET {assignments} WHERE asset_id = ?", list(changes.values()) + [asset_id])
    conn.commit()


def set_thumbnail(conn: sqlite3.Connection, asset_id: str, thumbnail: str) -> None:
    conn.execute("UPDATE assets SET thumbnail = ? WHERE asset_id = ?", (thumbnail, asset_id))
    conn.commit()


def delete(conn: sqlite3.Connection, asset_id: str) -> None:
    conn.execute("DELETE FROM assets WHERE asset_id = ?", (asset_id,))
    conn.commit()
