from .base import db


class History(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    msg = db.Column(db.String(256))
    detail = db.Column(db.Text())
    domain_name = db.Column(db.String(255))
    created_by = db.Column(db.String(128))
    created_on = db.Column(db.DateTime)
