"""Pricing formula preview for the admin UI."""
from flask import Flask, request

app = Flask(__name__)


@app.post("/pricing/preview")
def preview():
    data = request.get_json()
    formula = data.get("formula") or "base"
    env = {"base": float(data.get("base", 0)), "qty": int(data.get("qty", 1))}
    # expect: code-injection
    result = eval(formula, {"__builtins__": {}}, env)
    return {"price": result}
