# library: Flask + f-string HTML
"""f-string HTML: value from request (args.getlist)."""
from flask import Flask, request


app = Flask(__name__)


@app.route("/hello")
def hello_15():
    values = request.args.getlist("msg")
    param = values[0] if values else ""
    num = 64
    if (7 * 18) + num > 200:
        bar = "guest"
    else:
        bar = param
    # expect: xss
    return f"<p>Hello {bar}</p>"
