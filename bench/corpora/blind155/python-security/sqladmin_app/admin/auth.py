"""Admin authentication backend and the login/next redirect."""
import logging
from urllib.parse import urlparse

from sqladmin.authentication import AuthenticationBackend
from starlette.requests import Request
from starlette.responses import RedirectResponse

from app.security import verify_password
from app.users import get_staff_by_username

logger = logging.getLogger(__name__)


class StaffAuthBackend(AuthenticationBackend):
    async def login(self, request: Request) -> bool:
        form = await request.form()
        staff = await get_staff_by_username(form.get("username", ""))
        if staff is None or not verify_password(form.get("password", ""), staff.password_hash):
            logger.info("Failed admin login")
            return False
        request.session.update({"staff_id": staff.id})
        return True

    async def logout(self, request: Request) -> bool:
        request.session.clear()
        return True

    async def authenticate(self, request: Request):
        if "staff_id" in request.session:
            return True
        target = request.query_params.get("next") or str(request.url)
        if urlparse(target).netloc not in ("", request.url.netloc):
            target = str(request.url_for("admin:index"))
        return RedirectResponse(request.url_for("admin:login").include_query_params(next=target), status_code=302)


async def after_login(request: Request) -> RedirectResponse:
    target = request.query_params.get("next")
    if not target:
        target = str(request.url_for("admin:index"))
    # expect: open-redirect
    return RedirectResponse(target, status_code=302)


async def after_logout(request: Request) -> RedirectResponse:
    return RedirectResponse(request.url_for("admin:login"), status_code=302)
