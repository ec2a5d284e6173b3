# library: flask (float() of request data)
import math

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
MAX_TRANSFER = 10_000.0


@app.post("/transfer")
def transfer():
    # expect: nan-injection
    amount = float(request.form["amount"])
    if amount > MAX_TRANSFER:
        abort(400, "amount too large")
    return jsonify(queued=amount)


@app.get("/discount")
def discount():
    # expect: nan-injection
    rate = float(request.args.get("rate", "0"))
    if rate < 0 or rate > 0.5:
        abort(400)
    return jsonify(rate=rate)


@app.post("/tip")
def tip():
    value = float(request.form.get("tip", "0"))
    if not math.isfinite(value) or not 0 <= value <= 100:
        abort(400)
    return jsonify(tip=value)


@app.get("/page")
def page():
    number = int(request.args.get("n", "1"))
    return jsonify(page=max(number, 1))
