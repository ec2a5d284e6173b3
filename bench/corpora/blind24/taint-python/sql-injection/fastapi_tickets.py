"""Ticket search (FastAPI + SQLAlchemy)."""
from fastapi import Depends, FastAPI
from sqlalchemy import text
from sqlalchemy.orm import Session

from .deps import get_db

app = FastAPI()


@app.get("/tickets")
def tickets(assignee: str = "", label: str | None = None, db: Session = Depends(get_db)):
    parts = [f"assignee = '{assignee}'"]
    if label:
        parts.append(f"'{label}' = ANY(labels)")
    # expect: sql-injection
    return db.execute(text("SELECT id, title FROM tickets WHERE " + " AND ".join(parts))).mappings().all()
