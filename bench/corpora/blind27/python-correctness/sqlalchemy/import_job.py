"""Imports customers from the CRM export (Flask-SQLAlchemy)."""
from app import db
from app.models import Customer


def pending_count():
    # expect: len-all-count
    return len(Customer.query.filter_by(status="pending").all())


def import_rows(rows):
    # expect: batch-add
    for row in rows:
        db.session.add(Customer(name=row["name"], email=row["email"]))
    db.session.commit()


def import_rows_batch(rows):
    db.session.add_all([Customer(name=r["name"], email=r["email"]) for r in rows])
    db.session.commit()


def pending():
    customers = Customer.query.filter_by(status="pending").all()
    return [c.email for c in customers]


def pending_count_ok():
    return Customer.query.filter_by(status="pending").count()
