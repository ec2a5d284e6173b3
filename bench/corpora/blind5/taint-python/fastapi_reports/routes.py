"""Reporting API: ad-hoc report runs, CSV downloads and chart rendering."""
from __future__ import annotations

import logging
import shlex
import subprocess
from typing import Annotated
from uuid import UUID

import httpx
from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import FileResponse, HTMLResponse, PlainTextResponse, RedirectResponse
from jinja2 import Environment, select_autoescape
from sqlalchemy import text
from sqlalchemy.orm import Session

from .db import get_session

router = APIRouter(prefix="/reports")
log = logging.getLogger("reports")
REPORT_DIR = "/var/lib/reports"
KNOWN_METRICS = frozenset({"revenue", "signups", "churn"})
env = Environment(autoescape=select_autoescape(["html"]))


class ReportQuery:
    def __init__(self, metric: str, region: str):
        self.metric = metric
        self.region = region

    def where(self) -> str:
        return f"metric = '{self.metric}' AND region = '{self.region}'"


@router.get("/rows")
def rows(metric: str, region: str, db: Session = Depends(get_session)):
    q = ReportQuery(metric, region)
    # expect: sql-injection
    result = db.execute(text("SELECT day, value FROM report_rows WHERE " + q.where()))
    return [dict(r._mapping) for r in result]


@router.get("/rows/safe")
def rows_safe(metric: str, region: str, db: Session = Depends(get_session)):
    stmt = text("SELECT day, value FROM report_rows WHERE metric = :m AND region = :r")
    result = db.execute(stmt, {"m": metric, "r": region})
    return [dict(r._mapping) for r in result]


@router.get("/rows/{metric}/latest")
def latest(metric: str, db: Session = Depends(get_session)):
    if metric in KNOWN_METRICS:
        result = db.execute(text(f"SELECT max(day) FROM report_rows WHERE metric = '{metric}'"))
        return {"latest": result.scalar()}
    raise HTTPException(404)


@router.get("/rows/by-id/{report_id}")
def by_id(report_id: UUID, db: Session = Depends(get_session)):
    result = db.execute(text(f"SELECT * FROM reports WHERE id = '{report_id}'"))
    return dict(result.one()._mapping)


@router.post("/render")
async def render(request: Request):
    payload = await request.json()
    # expect: template-injection
    tpl = env.from_string(payload["template"])
    return HTMLResponse(tpl.render(rows=[]))


@router.post("/render/safe")
async def render_safe(request: Request):
    payload = await request.json()
    tpl = env.get_template("report.html")
    return HTMLResponse(tpl.render(title=payload.get("title", ""), rows=[]))


@router.get("/download")
def download(name: Annotated[str, Query(max_length=120)]):
    # expect: path-traversal
    return FileResponse(f"{REPORT_DIR}/{name}", media_type="text/csv")


@router.get("/archive")
def archive(name: str):
    args = "tar czf /tmp/out.tgz -C %s %s" % (REPORT_DIR, name)
    # expect: command-injection
    out = subprocess.check_output(args, shell=True)
    return PlainTextResponse(out.decode())


@router.get("/archive/safe")
def archive_safe(name: str):
    cmd = f"tar czf /tmp/out.tgz -C {REPORT_DIR} {shlex.quote(name)}"
    out = subprocess.check_output(cmd, shell=True)
    return PlainTextResponse(out.decode())


@router.get("/webhook-test")
async def webhook_test(target: str):
    async with httpx.AsyncClient(timeout=5) as client:
        # expect: ssrf
        resp = await client.post(target, json={"ping": True})
    return {"status": resp.status_code}


@router.get("/back")
def back(to: str = "/reports"):
    # expect: open-redirect
    return RedirectResponse(url=to)


@router.get("/back/safe")
def back_safe(to: str = "/reports"):
    if not to.startswith("/") or to.startswith("//") or "\\" in to:
        to = "/reports"
    return RedirectResponse(url=to)


@router.get("/audit")
def audit(user: str, action: str):
    # expect: log-injection
    log.info("report action %s by " + user, action)
    return {"ok": True}


@router.get("/audit/safe")
def audit_safe(user: str, action: str):
    log.info("report action %s by %r", action, user)
    return {"ok": True}
