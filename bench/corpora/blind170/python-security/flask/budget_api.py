"""Expense approval endpoints."""
import math
from decimal import Decimal, InvalidOperation

from flask import Blueprint, abort, jsonify, request

from .auth import current_user, login_required
from .expenses import approve, auto_approve_limit, file_expense, flag_for_review

bp = Blueprint("budget", __name__, url_prefix="/api/expenses")


@bp.post("/")
@login_required
def submit_expense():
    # "nan" passes float() and every comparison with it is False, so the review check below never fires
    # expect: nan-injection
    amount = float(request.form.get("amount", "0"))
    if amount > auto_approve_limit(current_user()):
        expense = flag_for_review(current_user(), amount, request.form.get("note", ""))
    else:
        expense = approve(file_expense(current_user(), amount))
    return jsonify(expense.to_dict()), 201


@bp.post("/<int:expense_id>/split")
@login_required
def split_expense(expense_id):
    try:
        share = float(request.json["share"])
    except (KeyError, TypeError, ValueError):
        abort(400)
    if not math.isfinite(share) or not 0 < share < 1:
        abort(400)
    return jsonify({"id": expense_id, "share": share})


@bp.get("/rate/<currency>/<rate>")
@login_required
def preview_conversion(currency, rate):
    # expect: nan-injection
    factor = float(rate)
    if factor <= 0:
        abort(400)
    return jsonify({"currency": currency, "example": round(100 * factor, 2)})


@bp.post("/mileage")
@login_required
def mileage():
    try:
        km = Decimal(request.form["km"])
    except (KeyError, InvalidOperation):
        abort(400)
    if not km.is_finite() or km <= 0:
        abort(400)
    return jsonify({"km": str(km), "amount": str(km * Decimal("0.30"))})


@bp.get("/count")
@login_required
def count():
    days = int(request.args.get("days", "30"))
    return jsonify({"days": days})
