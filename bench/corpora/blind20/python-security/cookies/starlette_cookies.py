"""FastAPI / Starlette auth endpoints that set cookies on the response."""
import os
import secrets

from fastapi import FastAPI, HTTPException, Response
from pydantic import BaseModel
from starlette.responses import RedirectResponse

app = FastAPI()
SESSION_COOKIE = "op_session"


class Login(BaseModel):
    token: str


@app.post("/api/login")
def login(body: Login, response: Response):
    expected = os.environ.get("OPERATOR_KEY", "")
    if not expected or not secrets.compare_digest(body.token, expected):
        raise HTTPException(401, "Invalid operator key")
    response.set_cookie(SESSION_COOKIE, body.token, httponly=True, secure=True, samesite="strict", max_age=28800)
    return {"ok": True}


@app.post("/api/login/legacy")
def login_legacy(body: Login, response: Response):
    expected = os.environ.get("OPERATOR_KEY", "")
    if not expected or not secrets.compare_digest(body.token, expected):
        raise HTTPException(401, "Invalid operator key")
    # expect: insecure-cookie
    response.set_cookie(key=SESSION_COOKIE, value=body.token, max_age=28800)
    return {"ok": True}


@app.get("/cas/callback")
def cas_callback(ticket: str):
    uid = ticket.split("-", 1)[0]
    redirect = RedirectResponse(url="/")
    # expect: insecure-cookie
    redirect.set_cookie(key="uid", value=uid, httponly=False, secure=False)
    return redirect


@app.post("/api/logout")
def logout(response: Response):
    response.delete_cookie(SESSION_COOKIE)
    return {"ok": True}


@app.get("/ui/collapse")
def collapse(response: Response, collapsed: bool = False):
    response.set_cookie("sidebar_collapsed", "1" if collapsed else "0", max_age=365 * 86400, samesite="lax")
    return {"collapsed": collapsed}
