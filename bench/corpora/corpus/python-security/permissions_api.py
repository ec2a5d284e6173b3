"""Account management API (FastAPI)."""
from dataclasses import dataclass

from fastapi import Depends, FastAPI, HTTPException, Request

app = FastAPI()


@dataclass
class User:
    id: int
    is_admin: bool
    org_id: int


def current_user(request: Request) -> User:
    user = request.state.user
    if user is None:
        raise HTTPException(status_code=401)
    return user


def _normalize(email: str) -> str:
    assert isinstance(email, str)
    return email.strip().lower()


@app.delete("/users/{user_id}")
def delete_user(user_id: int, user: User = Depends(current_user)):
    # expect: assert-security
    assert user.is_admin, "admin only"
    return {"deleted": user_id}


@app.post("/users/{user_id}/promote")
def promote(user_id: int, user: User = Depends(current_user)):
    if not user.is_admin:
        raise HTTPException(status_code=403, detail="admin only")
    return {"promoted": user_id}


@app.get("/orgs/{org_id}/billing")
def billing(org_id: int, user: User = Depends(current_user)):
    # expect: assert-security
    assert user.org_id == org_id
    return {"org": org_id, "plan": "pro"}


@app.post("/invite")
def invite(email: str, user: User = Depends(current_user)):
    addr = _normalize(email)
    if "@" not in addr:
        raise HTTPException(status_code=422, detail="invalid email")
    return {"invited": addr}


@app.post("/transfer")
def transfer(amount: int, request: Request, user: User = Depends(current_user)):
    # expect: assert-security
    assert amount <= request.state.balance, "insufficient funds"
    return {"ok": True}


def paginate(items: list, page: int, size: int) -> list:
    assert size > 0
    return items[page * size:(page + 1) * size]


@app.get("/admin/audit")
def audit_log(request: Request, user: User = Depends(current_user)):
    token = request.headers.get("X-Audit-Token", "")
    # expect: assert-security
    assert token == request.app.state.audit_token
    return {"entries": []}
