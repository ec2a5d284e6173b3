from flask import Blueprint, render_template, request
from markupsafe import Markup, escape
from sqlalchemy import text

from ..models.base import db
from ..models.history import History

admin_bp = Blueprint("admin", __name__, url_prefix="/admin")


@admin_bp.route("/history", methods=["GET"])
def history():
    search = request.args.get("search", "")
    domain_name = request.args.get("domain_name", "")
    if domain_name:
        rows = History.query.filter(History.domain_name == domain_name, History.detail.like(f"%{search}%")).all()
    else:
        # expect: sql-injection
        rows = db.session.execute(text(f"SELECT id, msg, detail, created_by FROM history WHERE detail LIKE '%{search}%' ORDER BY created_on DESC")).fetchall()
    return render_template("admin_history.html", histories=rows)


@admin_bp.route("/history/by-user", methods=["GET"])
def history_by_user():
    user = request.args.get("user", "")
    rows = db.session.execute(text("SELECT id, msg, detail FROM history WHERE created_by = :user"), {"user": user}).fetchall()
    return render_template("admin_history.html", histories=rows)
