# library: clickhouse-driver
from clickhouse_driver import Client
from fastapi import FastAPI, HTTPException

app = FastAPI()
client = Client(host="clickhouse", database="analytics")

ALLOWED_GROUPS = {"country", "device", "browser"}


@app.get("/events/count")
def count(event: str, day: str):
    rows = client.execute("SELECT count() FROM events WHERE name = %(name)s AND toDate(ts) = %(day)s", {"name": event, "day": day})
    return {"count": rows[0][0]}


@app.get("/events/by-name")
def by_name(event: str):
    # expect: sql-injection
    rows = client.execute(f"SELECT ts, user_id FROM events WHERE name = '{event}' LIMIT 100")
    return {"rows": rows}


@app.get("/events/grouped")
def grouped(group: str):
    if group not in ALLOWED_GROUPS:
        raise HTTPException(400, "bad group")
    rows = client.execute(f"SELECT {group}, count() FROM events GROUP BY {group}")
    return {"rows": rows}


@app.get("/events/sample")
def sample(table: str, ratio: str = "0.1"):
    # expect: sql-injection
    rows = client.execute("SELECT * FROM " + table + " SAMPLE " + ratio + " LIMIT 50")
    return {"rows": rows}
