"""CSV imports and counters for the volunteer database (Flask-SQLAlchemy)."""
import csv

from sqlalchemy import func, select

from .extensions import db
from .models import Shift, Volunteer


def import_volunteers(path):
    with open(path, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    # expect: batch-insert
    for row in rows:
        db.session.add(Volunteer(name=row["name"], email=row["email"], phone=row.get("phone")))
    db.session.commit()
    return len(rows)


def import_shifts(shifts):
    db.session.add_all([Shift(**s) for s in shifts])
    db.session.commit()


def copy_shifts(source_event, target_event):
    # expect: batch-insert
    for shift in Shift.query.filter_by(event_id=source_event.id):
        db.session.add(Shift(event_id=target_event.id, starts_at=shift.starts_at, role=shift.role))
    db.session.commit()


def active_volunteer_count():
    # expect: use-count
    return len(Volunteer.query.filter_by(active=True).all())


def shifts_open(event_id):
    # expect: use-count
    open_count = len(db.session.query(Shift).filter(Shift.event_id == event_id, Shift.volunteer_id.is_(None)).all())
    return open_count


def volunteer_count():
    return db.session.scalar(select(func.count()).select_from(Volunteer))


def shift_summary(event_id):
    shifts = Shift.query.filter_by(event_id=event_id).all()
    return {"count": len(shifts), "roles": sorted({s.role for s in shifts})}
