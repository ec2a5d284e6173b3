"""CSV imports and stats for the Flask-SQLAlchemy app."""
import csv

from flask import jsonify
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class Member(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    email = db.Column(db.String(255), unique=True)
    active = db.Column(db.Boolean, default=True)


def import_members(path):
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            # expect: inefficient-query
            db.session.add(Member(email=row["email"].lower(), active=row.get("active") == "1"))
    db.session.commit()


def invite(emails):
    for email in emails:
        member = Member(email=email.strip().lower(), active=False)
        # expect: inefficient-query
        db.session.add(member)
    db.session.commit()


def member_stats():
    # expect: inefficient-query
    active = len(Member.query.filter_by(active=True).all())
    total = Member.query.count()
    return jsonify(active=active, total=total)


class Report:
    def __init__(self, session):
        self.session = session

    def inactive_count(self):
        query = self.session.query(Member).filter(Member.active.is_(False))
        # expect: inefficient-query
        return len(query.all())


def import_members_bulk(rows):
    db.session.add_all([Member(email=r["email"].lower()) for r in rows])
    db.session.commit()


def export_active():
    members = Member.query.filter_by(active=True).all()
    return {"count": len(members), "emails": [m.email for m in members]}


def inactive_total():
    return db.session.query(Member).filter(Member.active.is_(False)).count()
