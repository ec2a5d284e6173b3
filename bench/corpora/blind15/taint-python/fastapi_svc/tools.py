# library: fastapi + subprocess / yaml (admin tools)
import subprocess

import yaml
from fastapi import FastAPI, HTTPException, Request

app = FastAPI()
ALLOWED_TARGETS = {"db": "db.internal", "cache": "cache.internal"}


@app.get("/tools/ping")
def ping(host: str = ""):
    if not host:
        host = "127.0.0.1"
    args = "ping -c 1 " + host
    # expect: command-injection
    out = subprocess.check_output(args, shell=True, text=True)
    return {"out": out}


@app.post("/tools/config")
async def load_config(request: Request):
    raw = await request.body()
    # expect: deserialization
    config = yaml.load(raw, Loader=yaml.UnsafeLoader)
    return {"keys": sorted(config)}


@app.get("/tools/ping/v2")
def ping_safe(target: str = "db"):
    host = ALLOWED_TARGETS.get(target)
    if host is None:
        raise HTTPException(status_code=400)
    out = subprocess.check_output(["ping", "-c", "1", host], text=True)
    return {"out": out}


@app.post("/tools/config/v2")
async def load_config_safe(request: Request):
    config = yaml.safe_load(await request.body()) or {}
    return {"keys": sorted(config)}
