"""Pricing and discount endpoints."""
import math
from decimal import Decimal, InvalidOperation

from flask import Blueprint, abort, jsonify, request

bp = Blueprint("pricing", __name__, url_prefix="/pricing")


@bp.route("/quote")
def quote():
    # expect: nan-injection
    price = float(request.args.get("price", "0"))
    if price > 10000:
        abort(400)
    return jsonify(total=price * 1.2)


@bp.route("/discount", methods=["POST"])
def discount():
    # expect: nan-injection
    rate = float(request.form["rate"])
    if not 0 <= rate <= 0.5:
        abort(400, "discount out of range")
    return jsonify(rate=rate)


@bp.route("/convert/<amount>/<currency>")
def convert(amount, currency):
    # expect: nan-injection
    value = float(amount)
    if value < 0:
        abort(400)
    return jsonify(amount=value, currency=currency)


@bp.route("/signal", methods=["POST"])
def signal():
    payload = request.get_json(force=True)
    # expect: nan-injection
    z = complex(request.args["impedance"])
    return jsonify(magnitude=abs(z), label=payload.get("label"))


@bp.route("/qty")
def qty():
    count = int(request.args.get("qty", "1"))
    return jsonify(qty=count)


@bp.route("/checked")
def checked():
    raw = request.args.get("price", "0")
    value = float(raw.strip())
    if not math.isfinite(value):
        abort(400)
    return jsonify(price=value)


@bp.route("/exact")
def exact():
    try:
        amount = Decimal(request.args.get("amount", "0"))
    except InvalidOperation:
        abort(400)
    if not amount.is_finite():
        abort(400)
    return jsonify(amount=str(amount))
