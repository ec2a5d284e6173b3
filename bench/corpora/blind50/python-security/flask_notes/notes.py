"""Notes blueprint: search, CRUD through a MethodView, backups."""
from flask import Blueprint, g, jsonify, request
from flask.views import MethodView

from . import helpers

bp = Blueprint("notes", __name__)


@bp.route("/search")
def search():
    term = request.args.get("q", "")
    where = helpers.title_filter(term)
    db = helpers.get_db()
    # expect: sql-injection
    rows = db.execute("SELECT id, title FROM notes " + where).fetchall()
    return jsonify([dict(r) for r in rows])


@bp.route("/search-safe")
def search_safe():
    term = request.args.get("q", "")
    order = helpers.order_clause(request.args.get("sort", "created"))
    db = helpers.get_db()
    rows = db.execute(f"SELECT id, title FROM notes WHERE title LIKE ? {order}", (f"%{term}%",)).fetchall()
    return jsonify([dict(r) for r in rows])


@bp.route("/by-tenant")
def by_tenant():
    db = helpers.get_db()
    # expect: sql-injection
    rows = db.execute(f"SELECT id, title FROM notes WHERE tenant = '{g.tenant}'").fetchall()
    return jsonify([dict(r) for r in rows])


class NoteAPI(MethodView):
    init_every_request = False

    def get(self, note_id):
        db = helpers.get_db()
        row = db.execute("SELECT * FROM notes WHERE id = ?", (note_id,)).fetchone()
        if row is None:
            return jsonify(error="missing"), 404
        return jsonify(dict(row))

    def put(self, note_id):
        payload = request.get_json(silent=True) or {}
        fields = []
        for key, value in payload.items():
            fields.append(f"{key} = '{value}'")
        db = helpers.get_db()
        # expect: sql-injection
        db.execute("UPDATE notes SET " + ", ".join(fields) + " WHERE id = ?", (note_id,))
        db.commit()
        return jsonify(ok=True)

    def delete(self, note_id):
        db = helpers.get_db()
        db.execute("DELETE FROM notes WHERE id = ?", (int(note_id),))
        db.commit()
        return "", 204


bp.add_url_rule("/<note_id>", view_func=NoteAPI.as_view("note"))


@bp.route("/backup", methods=["POST"])
def backup():
    label = request.form.get("label") or "nightly"
    helpers.audit("backup", label)
    result = helpers.run_backup(label)
    return jsonify(code=result.returncode)


@bp.route("/backup-safe", methods=["POST"])
def backup_safe():
    label = request.form.get("label") or "nightly"
    result = helpers.run_backup_argv(label)
    return jsonify(code=result.returncode)
