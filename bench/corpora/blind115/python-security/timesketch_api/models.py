from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import text

db = SQLAlchemy()


class Sketch(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.Unicode(255))
    description = db.Column(db.UnicodeText())

    def has_permission(self, user, permission):
        return True

    @classmethod
    def search_by_name(cls, search, per_page):
        # expect: sql-injection
        rows = db.session.execute(text("SELECT id, name FROM sketch WHERE name ILIKE '%%%s%%' LIMIT %d" % (search, per_page)))
        return [dict(r._mapping) for r in rows]


class Story(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    title = db.Column(db.Unicode(255))
    content = db.Column(db.UnicodeText())
    sketch_id = db.Column(db.Integer, db.ForeignKey("sketch.id"))

    def save(self):
        db.session.add(self)
        db.session.commit()
