import os
from datetime import timedelta
from typing import Any

import jwt
from litestar import Request, Response, post
from litestar.connection import ASGIConnection
from litestar.exceptions import NotAuthorizedException
from litestar.security.jwt import JWTAuth, Token

from models import User
from repositories.users import get_user_by_id

SECRET = os.environ["STORE_JWT_SECRET"]


async def retrieve_user_handler(token: Token, connection: ASGIConnection[Any, Any, Any, Any]) -> User | None:
    return await get_user_by_id(int(token.sub))


jwt_auth = JWTAuth[User](
    retrieve_user_handler=retrieve_user_handler,
    token_secret=SECRET,
    default_token_expiration=timedelta(minutes=30),
    exclude=["/api/auth/login", "/api/auth/refresh", "/schema"],
)


@post("/api/auth/refresh")
async def refresh(request: Request) -> Response[dict]:
    body = await request.json()
    refresh_token = body.get("refresh_token", "")
    # expect: jwt-no-verify
    claims = jwt.decode(refresh_token, options={"verify_signature": False})
    if claims.get("type") != "refresh":
        raise NotAuthorizedException("not a refresh token")
    user = await get_user_by_id(int(claims["sub"]))
    if user is None:
        raise NotAuthorizedException()
    return jwt_auth.login(identifier=str(user.id), response_body={"ok": True})


@post("/api/auth/refresh/v2")
async def refresh_v2(request: Request) -> Response[dict]:
    body = await request.json()
    try:
        claims = jwt.decode(body.get("refresh_token", ""), SECRET, algorithms=["HS256"])
    except jwt.InvalidTokenError as exc:
        raise NotAuthorizedException("invalid refresh token") from exc
    if claims.get("type") != "refresh":
        raise NotAuthorizedException("not a refresh token")
    return jwt_auth.login(identifier=str(claims["sub"]), response_body={"ok": True})
