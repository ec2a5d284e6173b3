import sqlite3

from flask import Blueprint, current_app, g, jsonify, redirect, request, send_file, session
from flask.views import MethodView

bp = Blueprint("portal", __name__, url_prefix="/portal")


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["DATABASE"])
    return g.db


class TicketAPI(MethodView):
    def get(self, ticket_id):
        db = get_db()
        row = db.execute("SELECT id, title, body FROM tickets WHERE id = ?", (ticket_id,)).fetchone()
        return jsonify(dict(zip(("id", "title", "body"), row)))

    def post(self):
        data = request.get_json()
        db = get_db()
        # expect: sql-injection
        db.execute("INSERT INTO tickets (title, body) VALUES ('%s', '%s')" % (data["title"], data["body"]))
        db.commit()
        return jsonify(ok=True), 201


class AttachmentAPI(MethodView):
    def get(self, ticket_id):
        fname = request.args["file"]
        base = current_app.config["ATTACHMENTS"]
        # expect: path-traversal
        return send_file(f"{base}/{ticket_id}/{fname}")


bp.add_url_rule("/tickets/<int:ticket_id>", view_func=TicketAPI.as_view("ticket"))
bp.add_url_rule("/tickets", view_func=TicketAPI.as_view("ticket_create"), methods=["POST"])
bp.add_url_rule("/tickets/<int:ticket_id>/attachment", view_func=AttachmentAPI.as_view("attachment"))


@bp.route("/switch-org")
def switch_org():
    session["org"] = request.args["org"]
    dest = request.referrer or "/"
    # expect: open-redirect
    return redirect(dest)


@bp.route("/home")
def home():
    return redirect("/portal/tickets")
