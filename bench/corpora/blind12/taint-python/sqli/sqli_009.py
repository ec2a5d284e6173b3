# library: Flask + Flask-SQLAlchemy session.execute(text())
"""Flask-SQLAlchemy session.execute(text()): value from request (helper get_json_field)."""
from flask import Blueprint, request
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import text

from .helpers.params import get_json_field


bp = Blueprint("sqli_nickname_5", __name__)

db = SQLAlchemy()


@bp.post("/nickname")
def nickname_5():
    param = get_json_field(request, "author")
    bar = param.strip()
    # expect: sql-injection
    db.session.execute(text("UPDATE accounts SET nickname = '" + bar + "' WHERE id = 1"))
    db.session.commit()
    return {"updated": True}
