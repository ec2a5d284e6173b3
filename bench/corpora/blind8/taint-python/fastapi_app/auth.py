# library: FastAPI / PyJWT
"""Authentication dependencies."""
import os
import random

import jwt
from fastapi import Cookie, Depends, HTTPException, Response
from fastapi.security import OAuth2PasswordBearer

oauth2 = OAuth2PasswordBearer(tokenUrl="/token")
SECRET = os.environ["JWT_SECRET"]


def current_user(token: str = Depends(oauth2)) -> dict:
    try:
        return jwt.decode(token, SECRET, algorithms=["HS256"])
    except jwt.PyJWTError:
        raise HTTPException(status_code=401)


def current_user_from_cookie(session: str | None = Cookie(default=None)) -> dict:
    if session is None:
        raise HTTPException(status_code=401)
    # expect: jwt-no-verify
    return jwt.decode(session, options={"verify_signature": False})


def login_response(response: Response, token: str) -> None:
    response.set_cookie("session", token, httponly=True, secure=True, samesite="lax")


def login_response_legacy(response: Response, token: str) -> None:
    # expect: insecure-cookie
    response.set_cookie("session", token, httponly=False)


def csrf_cookie(response: Response) -> str:
    # expect: insecure-random
    value = "%032x" % random.getrandbits(128)
    response.set_cookie("csrftoken", value, secure=True, samesite="strict")
    return value
