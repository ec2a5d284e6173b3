"""Auth dependencies used by every router, and the per-request context variables."""
import hashlib
import sqlite3
from contextvars import ContextVar

from fastapi import Depends, HTTPException, Request, status
from pydantic import BaseModel

DB_PATH = "/app/backend/data/webui.db"
request_locale: ContextVar[str] = ContextVar("request_locale", default="en-US")
request_user_id: ContextVar[str] = ContextVar("request_user_id", default="")


class UserModel(BaseModel):
    id: str
    email: str
    role: str = "user"


class UsersTable:
    def get_user_by_token(self, token):
        digest = hashlib.sha256(token.encode()).hexdigest()
        with sqlite3.connect(DB_PATH) as conn:
            row = conn.execute("SELECT id, email, role FROM user WHERE api_key_hash = ?", (digest,)).fetchone()
        return UserModel(id=row[0], email=row[1], role=row[2]) if row else None


Users = UsersTable()


def get_current_user(request: Request) -> UserModel:
    token = getattr(request.state, "token", "")
    if not token:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="Not authenticated")
    user = Users.get_user_by_token(token)
    if user is None:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="Invalid token")
    request_user_id.set(user.id)
    return user


def get_verified_user(user: UserModel = Depends(get_current_user)) -> UserModel:
    if user.role not in {"user", "admin"}:
        raise HTTPException(status_code=status.HTTP_403_FORBIDDEN, detail="Access prohibited")
    return user


def get_admin_user(user: UserModel = Depends(get_current_user)) -> UserModel:
    if user.role != "admin":
        raise HTTPException(status_code=status.HTTP_403_FORBIDDEN, detail="Access prohibited")
    return user
