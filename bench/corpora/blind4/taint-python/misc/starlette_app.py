"""Starlette endpoints for the feature-flag service."""
import json
import subprocess

import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse
from starlette.routing import Route

from .store import FLAGS, get_db


async def flag(request: Request):
    name = request.path_params["name"]
    db = await get_db()
    row = await db.fetch_one("SELECT * FROM flags WHERE name = :n", {"n": name})
    return JSONResponse(dict(row) if row else {})


async def flags_for(request: Request):
    team = request.query_params.get("team", "")
    db = await get_db()
    query = "SELECT * FROM flags WHERE team = '" + team + "'"
    # expect: tainted-sql
    rows = await db.fetch_all(query)
    return JSONResponse([dict(r) for r in rows])


async def evaluate(request: Request):
    body = await request.json()
    rule = body.get("rule", "False")
    # expect: tainted-eval
    enabled = eval(rule, {"__builtins__": {}}, {"user": body.get("user", {})})
    return JSONResponse({"enabled": bool(enabled)})


async def evaluate_safe(request: Request):
    body = await request.json()
    flag = FLAGS.get(body.get("flag", ""))
    return JSONResponse({"enabled": bool(flag and flag.enabled_for(body.get("user", {})))})


async def notify(request: Request):
    body = await request.json()
    async with httpx.AsyncClient(timeout=5) as client:
        # expect: tainted-ssrf
        await client.post(body["webhook"], content=json.dumps({"flag": body.get("flag")}))
    return JSONResponse({"ok": True})


async def sso_return(request: Request):
    nxt = request.cookies.get("sso_next", "/")
    # expect: tainted-redirect
    return RedirectResponse(url=nxt)


async def changelog(request: Request):
    ref = request.query_params.get("ref", "main")
    # expect: tainted-command
    out = subprocess.check_output("git log --oneline -20 " + ref, shell=True, text=True, cwd="/srv/flags")
    return HTMLResponse("<pre>" + out + "</pre>")


routes = [
    Route("/flags/{name}", flag),
    Route("/flags", flags_for),
    Route("/evaluate", evaluate, methods=["POST"]),
    Route("/evaluate2", evaluate_safe, methods=["POST"]),
    Route("/notify", notify, methods=["POST"]),
    Route("/sso/return", sso_return),
    Route("/changelog", changelog),
]
app = Starlette(routes=routes)
