"""Quote calculator of the freight app (Flask)."""
import math
from decimal import Decimal, InvalidOperation

from flask import Flask, abort, jsonify, request

app = Flask(__name__)

MAX_WEIGHT_KG = 30000.0


@app.route("/quote")
def quote():
    # expect: nan-injection
    weight = float(request.args.get("weight", "0"))
    if weight > MAX_WEIGHT_KG:
        abort(400, "too heavy")
    return jsonify(price=round(12.5 + weight * 0.8, 2))


@app.route("/discount/<ratio>")
def discount(ratio):
    # expect: nan-injection
    r = float(ratio)
    if r < 0 or r > 0.5:
        abort(400)
    return jsonify(ratio=r)


@app.route("/impedance", methods=["POST"])
def impedance():
    # expect: nan-injection
    z = complex(request.form["z"])
    if abs(z) > 1e6:
        abort(400)
    return jsonify(real=z.real, imag=z.imag)


@app.route("/volume")
def volume():
    try:
        length = float(request.args.get("length", "0"))
    except ValueError:
        abort(400)
    if not math.isfinite(length) or length <= 0:
        abort(400)
    return jsonify(volume=length ** 3)


@app.route("/pallets")
def pallets():
    count = int(request.args.get("count", "1"))
    return jsonify(pallets=max(1, min(count, 60)))


@app.route("/insurance")
def insurance():
    try:
        value = Decimal(request.args.get("value", "0"))
    except InvalidOperation:
        abort(400)
    if not value.is_finite():
        abort(400)
    return jsonify(premium=str(value * Decimal("0.015")))
