import os
import pickle
import subprocess
import time

import httpx
import jwt as pyjwt
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, FileResponse
from sqlalchemy import text

from .db import SessionLocal

api = FastAPI()
KEY = os.environ["API_JWT_KEY"]
EXPORTS = "/srv/exports"


@api.get("/items")
def items(category: str):
    with SessionLocal() as s:
        # expect: sql-injection
        return s.execute(text("SELECT * FROM items WHERE category = '" + category + "'")).mappings().all()


@api.get("/items-safe")
def items_safe(category: str):
    with SessionLocal() as s:
        return s.execute(text("SELECT * FROM items WHERE category = :c"), {"c": category}).mappings().all()


@api.get("/hello", response_class=HTMLResponse)
def hello(name: str = "world"):
    # expect: xss
    return HTMLResponse(f"<h1>Hello {name}</h1>")


@api.get("/export")
def export(name: str):
    # expect: path-traversal
    return FileResponse(os.path.join(EXPORTS, name))


@api.get("/continue")
def cont(next: str = "/"):
    # expect: open-redirect
    return RedirectResponse(next)


@api.get("/home")
def home():
    return RedirectResponse("/dashboard")


@api.post("/restore")
async def restore(request: Request):
    blob = await request.body()
    # expect: deserialization
    state = pickle.loads(blob)
    return {"restored": len(state)}


@api.get("/whoami")
def whoami(request: Request):
    token = request.headers["authorization"].removeprefix("Bearer ")
    # expect: jwt-no-verify
    claims = pyjwt.decode(token, KEY, algorithms=["HS256"], options={"verify_signature": False, "verify_exp": False})
    return {"sub": claims["sub"]}


@api.get("/whoami-ok")
def whoami_ok(request: Request):
    token = request.headers["authorization"].removeprefix("Bearer ")
    claims = pyjwt.decode(token, KEY, algorithms=["HS256"], options={"require": ["exp", "sub"]})
    return {"sub": claims["sub"]}


@api.get("/preview")
async def preview(url: str):
    async with httpx.AsyncClient(timeout=5) as client:
        # expect: ssrf
        r = await client.get(url)
    return {"status": r.status_code, "len": len(r.content)}


@api.get("/lookup")
def lookup(domain: str):
    # expect: command-injection
    out = subprocess.check_output("dig +short " + domain, shell=True, text=True)
    return {"records": out.split()}


@api.get("/lookup-ok")
def lookup_ok(domain: str):
    out = subprocess.check_output(["dig", "+short", domain], text=True, timeout=5)
    return {"records": out.split()}


@api.get("/slow")
async def slow():
    start = time.monotonic()
    return {"t": time.monotonic() - start}
