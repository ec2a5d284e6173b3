"""Flask-SQLAlchemy 2.x era helpers still on engine.execute / session.execute with strings."""
from flask import Blueprint, jsonify, request
from sqlalchemy import text

from .extensions import db

bp = Blueprint("legacy", __name__)


@bp.route("/legacy/users")
def list_users():
    team = request.args.get("team", "")
    # expect: sql-injection
    result = db.engine.execute("SELECT id, email FROM users WHERE team = '" + team + "'")
    return jsonify([dict(row) for row in result])


@bp.route("/legacy/users/safe")
def list_users_safe():
    team = request.args.get("team", "")
    result = db.engine.execute(text("SELECT id, email FROM users WHERE team = :team"), team=team)
    return jsonify([dict(row) for row in result])


@bp.route("/legacy/audit")
def audit():
    actor = request.args["actor"]
    # expect: sql-injection
    rows = db.session.execute(f"SELECT * FROM audit_log WHERE actor = '{actor}' ORDER BY at DESC LIMIT 50")
    return jsonify([dict(r) for r in rows])


@bp.route("/legacy/audit/safe")
def audit_safe():
    actor = request.args["actor"]
    rows = db.session.execute(text("SELECT * FROM audit_log WHERE actor = :a ORDER BY at DESC LIMIT 50"), {"a": actor})
    return jsonify([dict(r._mapping) for r in rows])


@bp.route("/legacy/count")
def count_rows():
    limit = min(int(request.args.get("limit", 100)), 1000)
    rows = db.session.execute(text(f"SELECT id FROM events ORDER BY id DESC LIMIT {limit}"))
    return jsonify([r.id for r in rows])


@bp.route("/legacy/tags", methods=["POST"])
def add_tag():
    name = request.json["name"]
    statement = "INSERT INTO tags (name) VALUES ('{}')".format(name)
    # expect: sql-injection
    db.session.execute(text(statement))
    db.session.commit()
    return jsonify(ok=True), 201
