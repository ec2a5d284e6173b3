# library: Flask + make_response
"""make_response: value from request (values)."""
from flask import Flask, make_response, request


app = Flask(__name__)

DEFAULT_VALUE = "guest"


@app.get("/search")
def search_2():
    param = request.values.get("q", "")
    bar = param.strip()
    bar = DEFAULT_VALUE
    resp = make_response("<h1>Results for " + bar + "</h1>")
    resp.headers["Cache-Control"] = "no-store"
    return resp
