"""This module only holds FastAPI dependencies used by the API routers."""
import contextvars
from dataclasses import dataclass, field
from typing import Optional

from fastapi import Depends, Header, HTTPException, Request
from starlette.middleware.base import BaseHTTPMiddleware

from galaxy_jobs.managers.users import UserManager

history_context: contextvars.ContextVar[str] = contextvars.ContextVar("history_context", default="")


@dataclass
class SessionRequestContext:
    """The per-request ``trans`` object handed to managers and services."""

    user: Optional[dict]
    host: str
    url_builder_base: str
    history_id: str = ""
    extra: dict = field(default_factory=dict)


class GalaxyHistoryMiddleware(BaseHTTPMiddleware):
    """Remember the history the client is working in for this request."""

    async def dispatch(self, request: Request, call_next):
        token = history_context.set(request.headers.get("X-Galaxy-History", ""))
        try:
            return await call_next(request)
        finally:
            history_context.reset(token)


def get_user_manager() -> UserManager:
    return UserManager()


async def get_api_user(
    x_api_key: Optional[str] = Header(None),
    user_manager: UserManager = Depends(get_user_manager),
) -> Optional[dict]:
    if not x_api_key:
        return None
    user = user_manager.by_api_key(x_api_key)
    if user is None:
        raise HTTPException(status_code=403, detail="Provided API key is not valid.")
    return user


def get_trans(request: Request, user: Optional[dict] = Depends(get_api_user)) -> SessionRequestContext:
    return SessionRequestContext(
        user=user,
        host=request.headers.get("host", ""),
        url_builder_base=str(request.base_url),
        history_id=history_context.get(),
        extra={"tool_version": request.query_params.get("tool_version", "")},
    )


DependsOnTrans = Depends(get_trans)
