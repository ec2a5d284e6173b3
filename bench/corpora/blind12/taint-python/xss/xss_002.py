# library: Flask + f-string HTML
"""f-string HTML: value from request (form.get or)."""
from flask import Flask, request


app = Flask(__name__)


@app.post("/hello")
def hello_1():
    param = request.form.get("name") or ""
    mode = "plain"
    if mode == "custom":
        bar = param
    elif mode == "plain":
        bar = "visitor"
    else:
        bar = "member"
    return f"<p>Hello {bar}</p>"
