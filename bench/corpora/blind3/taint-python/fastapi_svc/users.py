"""User administration API (FastAPI + raw DB-API for the legacy MySQL)."""

from __future__ import annotations

import logging

import MySQLdb
from fastapi import APIRouter, Cookie, Header, HTTPException
from fastapi.responses import HTMLResponse
from pydantic import BaseModel

router = APIRouter(prefix="/users")
log = logging.getLogger(__name__)
SORT_KEYS = {"name": "name", "joined": "joined_at"}


def _db():
    return MySQLdb.connect(host="legacy-db.internal", user="app", passwd="", db="legacy")


class Rename(BaseModel):
    old: str
    new: str


@router.get("/")
def list_users(sort: str = "name", team: str | None = None):
    order = SORT_KEYS.get(sort, "name")
    cur = _db().cursor()
    if team:
        cur.execute(f"SELECT id, name FROM users WHERE team = %s ORDER BY {order}", (team,))
    else:
        cur.execute(f"SELECT id, name FROM users ORDER BY {order}")
    return cur.fetchall()


@router.post("/rename")
def rename(body: Rename):
    cur = _db().cursor()
    stmt = "UPDATE users SET name = '{0}' WHERE name = '{1}'".format(body.new, body.old)
    # expect: sql-injection
    cur.execute(stmt)
    return {"updated": cur.rowcount}


@router.get("/me", response_class=HTMLResponse)
def me(x_user: str = Header(default="guest"), theme: str = Cookie(default="light")):
    # expect: xss
    return f"<div class='{theme}'>Signed in as {x_user}</div>"


@router.get("/lookup")
def lookup(email: str):
    cur = _db().cursor()
    # expect: sql-injection
    cur.execute("SELECT id FROM users WHERE email = '" + email.lower() + "'")
    row = cur.fetchone()
    if row is None:
        raise HTTPException(404)
    return {"id": row[0]}


@router.get("/count")
def count(team: str):
    cur = _db().cursor()
    cur.execute("SELECT count(*) FROM users WHERE team = %(team)s", {"team": team})
    return {"count": cur.fetchone()[0]}
