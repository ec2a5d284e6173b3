"""Small endpoints of the status page that build responses by hand."""
from flask import Flask, jsonify, make_response, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/echo")
def echo():
    msg = request.args.get("msg", "")
    # expect: xss
    return make_response(f"<html><body>{msg}</body></html>")


@app.route("/echo-safe")
def echo_safe():
    msg = request.args.get("msg", "")
    return make_response(f"<html><body>{escape(msg)}</body></html>")


@app.route("/echo-json")
def echo_json():
    return jsonify(message=request.args.get("msg", ""))


@app.route("/component")
def component():
    # expect: xss
    resp = make_response("<div id='%s'></div>" % request.args["id"])
    resp.headers["Content-Type"] = "text/html"
    return resp


@app.route("/search")
def search():
    q = request.args.get("q")
    if not q:
        q = ""
    # expect: xss
    return "<h2>Results for " + q + "</h2>"


@app.route("/plain")
def plain():
    resp = make_response(request.args.get("text", ""))
    resp.mimetype = "text/plain"
    return resp


@app.route("/download-name")
def download_name():
    fname = request.args.get("f", "report.csv")
    resp = make_response("a,b,c\n")
    # expect: header-injection
    resp.headers["Content-Disposition"] = "attachment; filename=" + fname
    return resp
