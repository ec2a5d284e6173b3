"""Analytics query API used by the dashboards team (FastAPI + asyncpg)."""
import hashlib
import os
import random

import asyncpg
from fastapi import FastAPI, HTTPException, Query
from fastapi.responses import HTMLResponse

app = FastAPI(debug=os.environ.get("API_DEBUG") == "1")
METRICS = {"visits", "signups", "revenue"}
pool: asyncpg.Pool


@app.on_event("startup")
async def startup():
    global pool
    pool = await asyncpg.create_pool(dsn=os.environ["DATABASE_URL"])


@app.get("/metric")
async def metric(name: str, since: str):
    if name not in METRICS:
        raise HTTPException(400)
    async with pool.acquire() as con:
        rows = await con.fetch(f"SELECT day, value FROM {name} WHERE day >= $1 ORDER BY day", since)
    return [dict(r) for r in rows]


@app.get("/metric/raw")
async def metric_raw(table: str, since: str):
    async with pool.acquire() as con:
        # expect: sql-injection
        rows = await con.fetch(f"SELECT day, value FROM {table} WHERE day >= '{since}'")
    return [dict(r) for r in rows]


@app.get("/segment")
async def segment(country: str = Query(..., max_length=2)):
    async with pool.acquire() as con:
        rows = await con.fetch("SELECT user_id FROM users WHERE country = $1", country)
    return {"users": [r["user_id"] for r in rows]}


@app.get("/segment/legacy")
async def segment_legacy(where: str):
    async with pool.acquire() as con:
        # expect: sql-injection
        rows = await con.fetch("SELECT user_id FROM users WHERE " + where)
    return {"users": [r["user_id"] for r in rows]}


@app.get("/sample")
async def sample(n: int = 100):
    async with pool.acquire() as con:
        ids = [r["id"] for r in await con.fetch("SELECT id FROM users")]
    return {"sample": random.sample(ids, min(n, len(ids)))}


@app.get("/experiment/{user_id}")
async def experiment(user_id: int):
    bucket = int(hashlib.md5(str(user_id).encode()).hexdigest(), 16) % 100
    return {"variant": "B" if bucket < 50 else "A"}


@app.get("/share")
async def share_link(report: str):
    # expect: insecure-random
    token = "".join(random.choice("abcdef0123456789") for _ in range(24))
    return {"url": f"https://dash.example.com/r/{report}?t={token}"}


@app.get("/embed", response_class=HTMLResponse)
async def embed(title: str = ""):
    # expect: xss
    return HTMLResponse(f"<html><head><title>{title}</title></head><body><div id='chart'></div></body></html>")


@app.get("/embed/safe", response_class=HTMLResponse)
async def embed_safe():
    return HTMLResponse("<html><body><div id='chart'></div></body></html>")

