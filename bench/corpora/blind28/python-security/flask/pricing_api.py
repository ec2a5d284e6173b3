import math

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
MAX_DISCOUNT = 0.5


@app.route("/quote", methods=["POST"])
def quote():
    # expect: nan-injection
    discount = float(request.form.get("discount", "0"))
    if discount > MAX_DISCOUNT:
        abort(400, "discount too large")
    return jsonify(total=100 * (1 - discount))


@app.route("/geo")
def geo():
    # expect: nan-injection
    lat = float(request.args["lat"])
    # expect: nan-injection
    lng = float(request.args.get("lng"))
    if not (-90 <= lat <= 90):
        abort(400)
    return jsonify(lat=lat, lng=lng)


@app.route("/toggle")
def toggle():
    # expect: nan-injection
    enabled = bool(request.args.get("enabled"))
    return jsonify(enabled=enabled)


@app.route("/bid/<amount>")
def bid(amount):
    # expect: nan-injection
    value = float(amount)
    if value < 1.0:
        abort(400, "bid below minimum")
    return jsonify(accepted=value)


@app.route("/page")
def page():
    n = request.args.get("n", 1, type=int)
    size = int(request.args.get("size", "20"))
    return jsonify(page=n, size=size)


@app.route("/tip")
def tip():
    pct = float(request.args.get("pct", "0"))
    if not math.isfinite(pct) or not 0 <= pct <= 30:
        abort(400)
    return jsonify(pct=pct)
