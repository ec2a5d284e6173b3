"""Small text views of the support portal."""
from flask import Blueprint, jsonify, request
from markupsafe import escape

from .models import Ticket

bp = Blueprint("support", __name__)


@bp.route("/hello/<name>")
def hello(name):
    # expect: xss
    return "<h1>Hello %s</h1>" % name


@bp.route("/search")
def search():
    # expect: xss
    return f"<p>You searched for {request.args.get('q')}</p>"


@bp.route("/tickets/<ticket_id>")
def ticket(ticket_id):
    found = Ticket.query.filter_by(ref=ticket_id).first()
    if found is None:
        # expect: xss
        return "Ticket {} not found".format(ticket_id), 404
    message = "<h2>" + found.subject + "</h2>"
    # expect: xss
    return message


@bp.route("/hello-safe/<name>")
def hello_safe(name):
    return f"<h1>Hello {escape(name)}</h1>"


@bp.route("/status")
def status():
    return "OK"


@bp.route("/api/tickets/<ticket_id>")
def ticket_api(ticket_id):
    return jsonify(ref=ticket_id, status="open")
