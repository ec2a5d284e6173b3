"""Daily ETL: pull events from the warehouse, enrich, write aggregates."""
import hashlib
import logging
import sqlite3

import pandas as pd
import requests
from sqlalchemy import create_engine, text

log = logging.getLogger("etl")
engine = create_engine("postgresql+psycopg2://etl@warehouse/analytics")
ENRICH_URL = "https://geo.internal.example.com/lookup"


def load_events(day: str, source: str) -> pd.DataFrame:
    # expect: sql-injection
    return pd.read_sql(f"SELECT * FROM events WHERE day = '{day}' AND source = '{source}'", engine)


def load_events_safe(day: str, source: str) -> pd.DataFrame:
    q = text("SELECT * FROM events WHERE day = :day AND source = :source")
    return pd.read_sql(q, engine, params={"day": day, "source": source})


def delete_partition(table: str, day: str) -> None:
    with engine.begin() as conn:
        # expect: sql-injection
        conn.execute(text(f"DELETE FROM {table} WHERE day = '{day}'"))


def delete_partition_safe(day: str) -> None:
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM daily_agg WHERE day = :day"), {"day": day})


def dedupe_key(row: dict) -> str:
    raw = f"{row['user_id']}|{row['ts']}|{row['event']}"
    return hashlib.md5(raw.encode()).hexdigest()


def enrich(ips: list[str]) -> dict:
    # expect: no-timeout
    resp = requests.post(ENRICH_URL, json={"ips": ips})
    resp.raise_for_status()
    return resp.json()


def enrich_safe(ips: list[str]) -> dict:
    resp = requests.post(ENRICH_URL, json={"ips": ips}, timeout=30)
    resp.raise_for_status()
    return resp.json()


def write_local(df: pd.DataFrame, db_path: str, table: str) -> None:
    con = sqlite3.connect(db_path)
    try:
        df.to_sql(table, con, if_exists="replace", index=False)
    finally:
        con.close()


def top_users(db_path: str, limit: str) -> list:
    con = sqlite3.connect(db_path)
    # expect: sql-injection
    rows = con.execute("SELECT user_id, COUNT(*) c FROM events GROUP BY user_id ORDER BY c DESC LIMIT " + limit).fetchall()
    con.close()
    return rows


def top_users_safe(db_path: str, limit: int) -> list:
    con = sqlite3.connect(db_path)
    rows = con.execute("SELECT user_id, COUNT(*) c FROM events GROUP BY user_id ORDER BY c DESC LIMIT ?", (limit,)).fetchall()
    con.close()
    return rows


def run_migration(db_path: str, script_path: str) -> None:
    con = sqlite3.connect(db_path)
    with open(script_path) as fh:
        con.executescript(fh.read())
    con.close()


def sample_rows(df: pd.DataFrame, frac: float = 0.01) -> pd.DataFrame:
    return df.sample(frac=frac, random_state=42)


def checksum_file(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def main(day: str) -> None:
    df = load_events_safe(day, "web")
    log.info("loaded %d rows", len(df))
    delete_partition_safe(day)
