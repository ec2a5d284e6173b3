# library: Flask + exec
"""exec: value from request (cookies)."""
from flask import Flask, request


app = Flask(__name__)


@app.get("/evaluate")
def evaluate_8():
    param = request.cookies.get("rule", "")
    mapping = {"keyA": "1 + 1", "keyB": param, "keyC": "2 * 3"}
    bar = mapping["keyA"]
    scope = {}
    exec("result = " + bar, {"__builtins__": {}}, scope)
    return {"result": scope.get("result")}
