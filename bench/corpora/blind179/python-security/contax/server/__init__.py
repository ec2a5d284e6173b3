"""Contax: a small contacts manager (Litestar + SQLAlchemy)."""
import os

from litestar import Litestar, Request, Response, get
from litestar.exceptions import NotFoundException
from litestar.middleware.session.client_side import CookieBackendConfig
from litestar.security.session_auth import SessionAuth

from server.contacts.controllers import ContactController, PublicCardController
from server.db import sqlalchemy_plugin
from server.users.controllers import UserController
from server.users.models import User
from server.users.services import retrieve_user_handler

session_auth = SessionAuth[User, CookieBackendConfig](
    retrieve_user_handler=retrieve_user_handler,
    session_backend_config=CookieBackendConfig(secret=bytes.fromhex(os.environ["CONTAX_SESSION_KEY"]), httponly=True, secure=True),
    exclude=["/users/login", "/users/register", "/cards", "/schema"],
)



@get("/health", exclude_from_auth=True)
async def health() -> dict[str, str]:
    return {"status": "ok"}


def not_found_handler(request: Request, exc: NotFoundException) -> Response:
    return Response(content={"detail": "not found"}, status_code=404)


app = Litestar(
    route_handlers=[UserController, ContactController, PublicCardController, health],
    exception_handlers={NotFoundException: not_found_handler},
    plugins=[sqlalchemy_plugin],
    on_app_init=[session_auth.on_app_init],
    debug=os.environ.get("CONTAX_DEBUG") == "1",
)
