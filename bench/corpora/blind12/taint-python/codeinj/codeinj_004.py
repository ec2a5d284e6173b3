# library: Flask + eval f-string
"""eval f-string: value from request (helper get_param)."""
from flask import Flask, request

from .helpers.params import get_param


app = Flask(__name__)

DEFAULT_VALUE = "1 + 1"


@app.route("/price")
def price_2():
    param = get_param(request, "formula")
    bar = param.strip()
    bar = DEFAULT_VALUE
    total = eval(f"{bar} * 1.2")
    return {"total": total}
