"""Dependencies shared by the routers, and the middleware that feeds them."""
from dataclasses import dataclass

from fastapi import Depends, Request
from sqlalchemy.orm import Session
from starlette.middleware.base import BaseHTTPMiddleware

from mealie.core.config import AppDirectories, AppSettings, get_app_dirs, get_app_settings
from mealie.db import generate_session


class HouseholdMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request, call_next):
        request.state.household = request.headers.get("X-Household") or "default"
        request.state.locale = request.headers.get("Accept-Language", "en-US")[:5]
        return await call_next(request)


@dataclass
class SharedDependencies:
    session: Session
    settings: AppSettings
    folders: AppDirectories
    household: str

    @classmethod
    def user(
        cls,
        request: Request,
        session: Session = Depends(generate_session),
    ) -> "SharedDependencies":
        return cls(session, get_app_settings(), get_app_dirs(), request.state.household)
