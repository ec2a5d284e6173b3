"""Run queries over the API database."""
import logging

from sqlalchemy import text

from .models import Label, Run

logger = logging.getLogger("mlrun-api")


def list_runs(session, project, name=None, labels=None, sort=True):
    query = session.query(Run).filter(Run.project == project)
    if name:
        query = query.filter(Run.name.ilike(f"%{name}%"))
    for label in labels or []:
        key, _, value = label.partition("=")
        if value:
            # expect: sql-injection
            query = query.join(Label).filter(text(f"labels.name = '{key}' AND labels.value = '{value}'"))
        else:
            query = query.join(Label).filter(Label.name == key)
    if sort:
        query = query.order_by(Run.start_time.desc())
    return [r.struct for r in query.all()]


def list_runs_by_owner(session, project, owner):
    rows = session.execute(
        text("SELECT uid, name FROM runs WHERE project = :p AND owner = :o"), {"p": project, "o": owner}
    )
    return [dict(r._mapping) for r in rows]
