# library: Flask + Flask-SQLAlchemy session.execute(text())
"""Flask-SQLAlchemy session.execute(text()): value from request (route param)."""
from flask import Blueprint, request
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import text


bp = Blueprint("sqli_nickname_19", __name__)

db = SQLAlchemy()

ALLOWED = {"alice", "bob", "carol"}


@bp.get("/nickname/<q>")
def nickname_19(q):
    param = q
    if not param:
        return {"error": "missing value"}, 400
    bar = param
    # expect: sql-injection
    db.session.execute(text("UPDATE accounts SET nickname = '" + bar + "' WHERE id = 1"))
    db.session.commit()
    return {"updated": True}
