"""Ticket search (FastAPI + SQLAlchemy), bound parameters."""
from fastapi import Depends, FastAPI
from sqlalchemy import text
from sqlalchemy.orm import Session

from .deps import get_db

app = FastAPI()


@app.get("/tickets")
def tickets(assignee: str = "", label: str | None = None, db: Session = Depends(get_db)):
    parts, params = ["assignee = :assignee"], {"assignee": assignee}
    if label:
        parts.append(":label = ANY(labels)")
        params["label"] = label
    return db.execute(text("SELECT id, title FROM tickets WHERE " + " AND ".join(parts)), params).mappings().all()
