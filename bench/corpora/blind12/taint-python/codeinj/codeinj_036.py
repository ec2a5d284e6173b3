# library: Flask + exec
"""exec: value from request (get_json)."""
import json

from flask import Flask, request


app = Flask(__name__)


@app.route("/evaluate", methods=["POST"])
def evaluate_18():
    payload = request.get_json(silent=True) or {}
    param = payload.get("rule", "")
    bar = param
    scope = {}
    scope["result"] = json.loads(bar)
    return {"result": scope.get("result")}
