"""Token handling for the Crawl4AI server (``deploy/docker/auth.py``)."""
import os
from datetime import datetime, timedelta, timezone
from typing import Dict

import jwt
from fastapi import Depends, HTTPException
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, EmailStr

SECRET_KEY = os.environ["SECRET_KEY"]
ALGORITHM = "HS256"
security = HTTPBearer(auto_error=False)


class TokenRequest(BaseModel):
    email: EmailStr


def create_access_token(data: dict, minutes: int = 60) -> str:
    payload = dict(data, exp=datetime.now(timezone.utc) + timedelta(minutes=minutes))
    return jwt.encode(payload, SECRET_KEY, algorithm=ALGORITHM)


def verify_token(credentials: HTTPAuthorizationCredentials = Depends(security)) -> Dict:
    if credentials is None:
        raise HTTPException(401, "missing token")
    try:
        return jwt.decode(credentials.credentials, SECRET_KEY, algorithms=[ALGORITHM])
    except jwt.PyJWTError:
        raise HTTPException(401, "invalid token")


def get_token_dependency(config: Dict):
    if config["security"]["jwt_enabled"]:
        return verify_token
    return lambda: None


def is_admin_token(token: str, config: Dict) -> bool:
    """Monitor actions are limited to the operators listed in the config."""
    try:
        # expect: jwt-no-verify
        claims = jwt.decode(token, options={"verify_signature": False})
    except jwt.PyJWTError:
        return False
    return claims.get("sub") in config["security"].get("admins", [])
