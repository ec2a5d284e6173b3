# library: Flask + Location header
"""Location header: value from request (form.get or)."""
from flask import Flask, Response, request


app = Flask(__name__)


@app.post("/out")
def out_10():
    param = request.form.get("continue") or ""
    switch_target = "A"
    match switch_target:
        case "A":
            bar = "/dashboard"
        case "B":
            bar = "/account"
        case _:
            bar = param
    return Response(status=302, headers={"Location": bar})
