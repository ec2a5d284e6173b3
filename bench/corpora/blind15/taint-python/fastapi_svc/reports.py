# library: fastapi + asyncpg (reporting queries)
import asyncpg
from fastapi import FastAPI, Query

app = FastAPI()
COLUMNS = {"day": "date_trunc('day', created_at)", "week": "date_trunc('week', created_at)"}


async def _conn():
    return await asyncpg.connect(dsn="postgresql:///reports")


@app.get("/reports/signups")
async def signups(country: str = Query("NL"), bucket: str = "day"):
    group = COLUMNS.get(bucket, COLUMNS["day"])
    filters = [f"country = '{country}'"]
    where = " AND ".join(filters)
    conn = await _conn()
    # expect: sql-injection
    rows = await conn.fetch(f"SELECT {group} AS b, count(*) FROM signups WHERE {where} GROUP BY b")
    return [dict(r) for r in rows]


@app.get("/reports/signups/v2")
async def signups_safe(country: str = Query("NL"), bucket: str = "day"):
    group = COLUMNS.get(bucket, COLUMNS["day"])
    conn = await _conn()
    rows = await conn.fetch(f"SELECT {group} AS b, count(*) FROM signups WHERE country = $1 GROUP BY b", country)
    return [dict(r) for r in rows]


@app.get("/reports/top")
async def top(limit: int = 10):
    conn = await _conn()
    rows = await conn.fetch("SELECT country, count(*) FROM signups GROUP BY country ORDER BY 2 DESC LIMIT $1", limit)
    return [dict(r) for r in rows]
