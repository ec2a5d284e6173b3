"""FastAPI service exposing reporting queries."""
import asyncio
import subprocess

import httpx
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from sqlalchemy import text
from sqlalchemy.orm import Session

from .deps import SessionLocal

api = FastAPI()


@api.get("/reports/{name}")
def report(name: str):
    db: Session = SessionLocal()
    # expect: sql-injection
    rows = db.execute(text(f"SELECT * FROM reports WHERE name = '{name}'")).all()
    return {"rows": [tuple(r) for r in rows]}


@api.get("/reports-safe/{name}")
def report_safe(name: str):
    db: Session = SessionLocal()
    rows = db.execute(text("SELECT * FROM reports WHERE name = :name"), {"name": name}).all()
    return {"rows": [tuple(r) for r in rows]}


@api.get("/users")
async def users(request: Request):
    params = request.query_params
    role = params.get("role", "user")
    stmt = "SELECT id FROM users WHERE role = '" + role + "'"
    db = SessionLocal()
    # expect: sql-injection
    result = db.execute(text(stmt))
    return {"ids": [r[0] for r in result]}


@api.post("/preview")
async def preview(request: Request):
    body = await request.json()
    target = body["url"]
    async with httpx.AsyncClient(timeout=5) as client:
        # expect: ssrf
        r = await client.get(target)
    return {"status": r.status_code}


@api.get("/health")
async def health():
    async with httpx.AsyncClient(timeout=5) as client:
        r = await client.get("https://internal.example.com/health")
    return {"status": r.status_code}


@api.get("/lookup")
def lookup(domain: str):
    # expect: command-injection
    out = subprocess.run(f"nslookup {domain}", shell=True, capture_output=True, text=True)
    return {"out": out.stdout}


@api.get("/lookup-safe")
def lookup_safe(domain: str):
    out = subprocess.run(["nslookup", "--", domain], capture_output=True, text=True)
    return {"out": out.stdout}


@api.get("/trace")
async def trace(host: str):
    # expect: command-injection
    proc = await asyncio.create_subprocess_shell("traceroute " + host)
    await proc.wait()
    return {"rc": proc.returncode}


@api.get("/welcome", response_class=HTMLResponse)
def welcome(user: str = "guest"):
    html = "<html><body>Hi " + user + "</body></html>"
    # expect: xss
    return HTMLResponse(content=html)


@api.get("/out")
def out(url: str):
    # expect: open-redirect
    return RedirectResponse(url)


@api.get("/home")
def home():
    return RedirectResponse("/dashboard")
