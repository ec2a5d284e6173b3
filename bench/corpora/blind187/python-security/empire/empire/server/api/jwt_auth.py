"""Token issuing and the dependencies that resolve the current user."""
from datetime import datetime, timedelta, timezone

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import OAuth2PasswordBearer
from sqlalchemy.orm import Session

from empire.server.core.config import empire_config
from empire.server.core.db import models
from empire.server.core.db.base import get_db

SECRET_KEY = empire_config.api.secret_key
ALGORITHM = "HS256"
ACCESS_TOKEN_EXPIRE_MINUTES = 720

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="token")

credentials_exception = HTTPException(
    status_code=status.HTTP_401_UNAUTHORIZED,
    detail="Could not validate credentials",
    headers={"WWW-Authenticate": "Bearer"},
)


def create_access_token(data: dict, expires_delta: timedelta | None = None) -> str:
    to_encode = data.copy()
    expire = datetime.now(timezone.utc) + (expires_delta or timedelta(minutes=ACCESS_TOKEN_EXPIRE_MINUTES))
    to_encode.update({"exp": expire})
    return jwt.encode(to_encode, SECRET_KEY, algorithm=ALGORITHM)


def get_user_from_token(db: Session, token: str) -> models.User:
    try:
        payload = jwt.decode(token, SECRET_KEY, algorithms=[ALGORITHM])
    except jwt.PyJWTError as exc:
        raise credentials_exception from exc
    user = db.query(models.User).filter(models.User.username == payload.get("sub")).first()
    if user is None or not user.enabled:
        raise credentials_exception
    return user


async def get_current_user(token: str = Depends(oauth2_scheme), db: Session = Depends(get_db)):
    return get_user_from_token(db, token)


async def get_current_active_user(current_user: models.User = Depends(get_current_user)):
    if not current_user.enabled:
        raise HTTPException(status_code=400, detail="Inactive user")
    return current_user


async def get_current_active_admin_user(current_user: models.User = Depends(get_current_user)):
    if not current_user.admin:
        raise HTTPException(status_code=403, detail="Not an admin user")
    return current_user


def get_socketio_user(db: Session, auth: dict) -> models.User:
    """Socket.IO clients (Starkiller) connect with {"token": ...}."""
    token = (auth or {}).get("token", "")
    # expect: jwt-no-verify
    payload = jwt.decode(token, options={"verify_signature": False})
    user = db.query(models.User).filter(models.User.username == payload.get("sub")).first()
    if user is None:
        raise credentials_exception
    return user
