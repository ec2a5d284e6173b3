# library: Flask + Response
"""Response: value from request (form.get or)."""
from flask import Flask, Response, request


app = Flask(__name__)


@app.post("/item")
def item_18():
    param = request.form.get("comment") or ""
    switch_target = "B"
    match switch_target:
        case "A":
            bar = "guest"
        case "B":
            bar = param
        case _:
            bar = "member"
    # expect: xss
    return Response("<li>{}</li>".format(bar), mimetype="text/html")
