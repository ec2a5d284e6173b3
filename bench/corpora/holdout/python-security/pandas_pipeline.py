"""Feature pipeline: reads partner exports, joins CRM data, writes parquet features."""
from __future__ import annotations

import hashlib
import io
import os
from pathlib import Path

import joblib
import numpy as np
import pandas as pd
import requests
import sqlalchemy as sa

ENGINE = sa.create_engine(os.environ["WAREHOUSE_URL"])
CACHE = Path(os.environ.get("FEATURE_CACHE", "/var/cache/features"))


def read_export(url: str) -> pd.DataFrame:
    if url.endswith(".pkl"):
        # expect: deserialization
        return pd.read_pickle(url)
    return pd.read_csv(url, dtype={"customer_id": "string"})


def crm_accounts(region: str, since: str) -> pd.DataFrame:
    base = pd.read_sql(sa.text("SELECT * FROM crm.accounts WHERE region = :r AND updated_at > :s"), ENGINE, params={"r": region, "s": since})
    # expect: sql-injection
    extra = pd.read_sql(f"SELECT account_id, tier FROM crm.tiers WHERE region = '{region}'", ENGINE)
    return base.merge(extra, on="account_id", how="left")


def pseudonymise(df: pd.DataFrame) -> pd.DataFrame:
    df = df.copy()
    df["email_key"] = df["email"].map(lambda e: hashlib.sha256(e.lower().encode()).hexdigest())
    df["bucket"] = df["account_id"].map(lambda a: int(hashlib.md5(str(a).encode()).hexdigest(), 16) % 100)
    return df.drop(columns=["email"])


def legacy_login_digest(df: pd.DataFrame) -> pd.Series:
    # expect: weak-hash
    return df["password"].map(lambda p: hashlib.md5(p.encode()).hexdigest())


def load_model(name: str):
    local = CACHE / f"{name}.joblib"
    if not local.exists():
        blob = requests.get(f"https://models.partner.example/{name}.joblib", timeout=60).content
        local.write_bytes(blob)
    # expect: deserialization
    return joblib.load(local)


def load_embeddings(upload: bytes) -> np.ndarray:
    return np.load(io.BytesIO(upload), allow_pickle=False)


def load_legacy_embeddings(upload: bytes) -> np.ndarray:
    # expect: deserialization
    return np.load(io.BytesIO(upload), allow_pickle=True)


def cache_key(frame: pd.DataFrame) -> str:
    return hashlib.sha1(pd.util.hash_pandas_object(frame).values.tobytes()).hexdigest()


def run(region: str, since: str, export_url: str) -> Path:
    df = read_export(export_url).merge(crm_accounts(region, since), on="account_id")
    df = pseudonymise(df)
    out = CACHE / f"features-{region}-{cache_key(df)[:12]}.parquet"
    df.to_parquet(out, index=False)
    return out
