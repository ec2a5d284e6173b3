"""Authentication dependency for the FastAPI service (python-jose)."""
import os

from fastapi import Depends, HTTPException
from fastapi.security import OAuth2PasswordBearer
from jose import JWTError, jwt
from jose import jwt as jose_jwt

SECRET = os.environ["JWT_SECRET"]
oauth2_scheme = OAuth2PasswordBearer(tokenUrl="token")


async def get_current_user(token: str = Depends(oauth2_scheme)):
    try:
        # safe: verified
        payload = jwt.decode(token, SECRET, algorithms=["HS256"])
    except JWTError:
        raise HTTPException(status_code=401)
    return payload["sub"]


async def get_current_user_fast(token: str = Depends(oauth2_scheme)):
    # expect: jwt-no-verify
    payload = jose_jwt.decode(token, SECRET, options={"verify_signature": False})
    return payload["sub"]


async def get_tenant(token: str = Depends(oauth2_scheme)):
    # expect: jwt-no-verify
    claims = jwt.get_unverified_claims(token)
    return claims["tenant"]


async def get_admin(token: str = Depends(oauth2_scheme)):
    opts = {"verify_signature": False, "verify_aud": False}
    # expect: jwt-no-verify
    claims = jwt.decode(token, SECRET, algorithms=["HS256"], options=opts)
    if "admin" not in claims.get("roles", []):
        raise HTTPException(status_code=403)
    return claims["sub"]


def key_id(token: str):
    # safe: header read only to pick a key
    return jwt.get_unverified_header(token).get("kid")


def issue(sub: str):
    # safe: encoding
    return jwt.encode({"sub": sub}, SECRET, algorithm="HS256")
