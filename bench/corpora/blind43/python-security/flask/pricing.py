"""Price and discount endpoints."""
from flask import Blueprint, Flask, abort, request
import math

app = Flask(__name__)
bp = Blueprint("pricing", __name__)


@app.route("/quote")
def quote():
    # expect: nan-injection
    budget = float(request.args.get("budget"))
    if budget < 100:
        abort(400)
    return {"budget": budget}


@bp.route("/discount/<rate>")
def discount(rate):
    # expect: nan-injection
    value = float(rate)
    if value > 0.5:
        abort(403)
    return {"rate": value}


@app.route("/flags", methods=["POST"])
def flags():
    raw = request.form["newsletter"]
    # expect: nan-injection
    subscribed = bool(raw)
    return {"newsletter": subscribed}


@app.route("/signal", methods=["POST"])
def signal():
    # expect: nan-injection
    z = complex(request.json["z"])
    return {"abs": abs(z)}


@app.route("/quote-safe")
def quote_safe():
    raw = request.args.get("budget", "0")
    if raw.strip().lower() in ("nan", "+nan", "-nan", "inf", "+inf", "-inf", "infinity"):
        abort(400)
    budget = float(raw)
    if not math.isfinite(budget) or budget < 100:
        abort(400)
    return {"budget": budget}


@app.route("/quantity")
def quantity():
    return {"quantity": int(request.args.get("n", "1"))}


app.register_blueprint(bp)
