# library: Flask + redirect(code=301)
"""redirect(code=301): value from request (helper get_json_field)."""
from flask import Flask, redirect, request

from .helpers.params import get_json_field


app = Flask(__name__)

DEFAULT_VALUE = "/dashboard"


@app.post("/go")
def go_2():
    param = get_json_field(request, "url")
    bar = DEFAULT_VALUE
    if param:
        bar = param.strip()
    # expect: open-redirect
    return redirect(bar, code=301)
