"""Pricing formula preview for the admin UI, literal values only."""
import ast

from flask import Flask, request

app = Flask(__name__)


@app.post("/pricing/preview")
def preview():
    data = request.get_json()
    tiers = ast.literal_eval(data.get("tiers") or "[]")
    base = float(data.get("base", 0))
    return {"price": base * (1 - max(tiers, default=0))}
