from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import text

db = SQLAlchemy()


class Source(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    filesystem_id = db.Column(db.String(96), unique=True)
    journalist_designation = db.Column(db.String(255), nullable=False)


class Submission(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    source_id = db.Column(db.Integer, db.ForeignKey("source.id"))
    filename = db.Column(db.String(255), nullable=False)


class Journalist(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    username = db.Column(db.String(255), unique=True)
    first_name = db.Column(db.String(255))

    @classmethod
    def search(cls, term):
        # expect: sql-injection
        return db.session.execute(text("SELECT id, username FROM journalists WHERE username LIKE '%" + term + "%'")).all()

    @classmethod
    def by_username(cls, username):
        return db.session.execute(text("SELECT id FROM journalists WHERE username = :u"), {"u": username}).first()
