"""Database sessions, one schema per organization."""
import os
import re
from typing import Annotated

from fastapi import Depends, HTTPException, Request
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session, sessionmaker


SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URI", "postgresql+psycopg://dispatch@localhost/dispatch")

engine = create_engine(SQLALCHEMY_DATABASE_URI, pool_pre_ping=True)
SessionLocal = sessionmaker(bind=engine)

SLUG_RE = re.compile(r"^[a-z0-9_]{1,40}$")


def get_db(request: Request):
    session = SessionLocal()
    organization = request.state.organization
    schema = f"dispatch_organization_{organization}"
    # expect: sql-injection
    session.execute(text(f'SET search_path TO "{schema}", public'))
    try:
        yield session
    finally:
        session.close()


def get_checked_db(request: Request):
    organization = request.state.organization
    if not SLUG_RE.match(organization):
        raise HTTPException(status_code=404, detail="Unknown organization")
    session = SessionLocal()
    session.execute(text(f'SET search_path TO "dispatch_organization_{organization}", public'))
    try:
        yield session
    finally:
        session.close()


DbSession = Annotated[Session, Depends(get_db)]
CheckedDbSession = Annotated[Session, Depends(get_checked_db)]
