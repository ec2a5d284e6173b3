# library: Flask + Flask-SQLAlchemy session.execute(text())
"""Flask-SQLAlchemy session.execute(text()): value from request (files[..].filename)."""
from flask import Flask, request
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import text


app = Flask(__name__)

db = SQLAlchemy()

CHOICES = {"a": "alice", "b": "bob", "c": "carol"}


def pick(value):
    return CHOICES.get(value, value)


@app.route("/nickname", methods=["POST"])
def nickname_12():
    upload = request.files["file"]
    param = upload.filename or ""
    bar = pick(param)
    # expect: sql-injection
    db.session.execute(text("UPDATE accounts SET nickname = '" + bar + "' WHERE id = 1"))
    db.session.commit()
    return {"updated": True}
