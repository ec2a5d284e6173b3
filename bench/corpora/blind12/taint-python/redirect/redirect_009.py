# library: Flask + Location header
"""Location header: value from request (args[...])."""
from flask import Flask, Response, request


app = Flask(__name__)


@app.get("/out")
def out_5():
    param = request.args["continue"]
    num = 12
    if (7 * 18) + num > 200:
        bar = "/dashboard"
    else:
        bar = param
    # expect: open-redirect
    return Response(status=302, headers={"Location": bar})
