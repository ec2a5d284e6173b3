"""Flask-SQLAlchemy import and statistics helpers."""
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class Visit(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    path = db.Column(db.String(200))


def visit_count(path):
    # expect: inefficient-query
    return len(Visit.query.filter_by(path=path).all())


def active_users(session, User):
    # expect: inefficient-query
    total = len(session.query(User).filter(User.active.is_(True)).all())
    return total


def import_visits(rows):
    for row in rows:
        # expect: inefficient-query
        db.session.add(Visit(path=row["path"]))
    db.session.commit()


class Importer:
    def load(self, records):
        for record in records:
            # expect: inefficient-query
            db.session.add(record)
        db.session.commit()


def visit_count_fast(path):
    return Visit.query.filter_by(path=path).count()


def import_visits_batch(rows):
    db.session.add_all([Visit(path=row["path"]) for row in rows])
    db.session.commit()
