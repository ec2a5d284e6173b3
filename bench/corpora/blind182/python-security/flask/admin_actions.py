"""Bulk actions on the admin list pages."""
from flask import Blueprint, abort, jsonify, request
from flask_login import login_required

from .models import Order, db

bp = Blueprint("admin_actions", __name__, url_prefix="/admin/actions")
__version__ = "2.3.1"


def mark_shipped(ids):
    Order.query.filter(Order.id.in_(ids)).update({"status": "shipped"}, synchronize_session=False)


def mark_cancelled(ids):
    Order.query.filter(Order.id.in_(ids)).update({"status": "cancelled"}, synchronize_session=False)


ACTIONS = {"ship": mark_shipped, "cancel": mark_cancelled}


@bp.route("/run", methods=["POST"])
@login_required
def run_action():
    action = ACTIONS.get(request.json.get("action"))
    if action is None:
        abort(400)
    action(request.json["ids"])
    db.session.commit()
    return jsonify(ok=True)


@bp.route("/run-legacy", methods=["POST"])
@login_required
def run_legacy():
    name = request.form["action"]
    # expect: code-injection
    func = globals()[name]
    func([int(i) for i in request.form.getlist("ids")])
    db.session.commit()
    return jsonify(ok=True)


@bp.route("/describe")
@login_required
def describe():
    scope = globals()
    # expect: code-injection
    target = scope.get(request.args["name"])
    return jsonify(doc=(target.__doc__ or "") if callable(target) else "")


@bp.route("/version")
def version():
    return jsonify(version=globals()["__version__"])


def register_action(name, func):
    globals()[f"action_{name}"] = func
    ACTIONS[name] = func
