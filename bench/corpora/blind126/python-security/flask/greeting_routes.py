from flask import Flask, jsonify, render_template, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/hello")
def hello():
    name = request.args.get("name", "guest")
    # expect: xss
    return f"<h1>Hello {name}!</h1>"


@app.route("/search")
def search():
    q = request.args.get("q", "")
    # expect: xss
    return "<p>No results for <b>%s</b></p>" % q


@app.route("/welcome")
def welcome():
    return render_template("welcome.html", name=request.args.get("name", "guest"))


@app.route("/invite/<code>")
def invite(code):
    msg = "<div class='invite'>Invitation {} from {}</div>".format(code, request.args.get("from", ""))
    # expect: xss
    return msg


@app.route("/api/hello")
def api_hello():
    return jsonify({"greeting": f"Hello {request.args.get('name', 'guest')}"})


@app.route("/safe-hello")
def safe_hello():
    return f"<h1>Hello {escape(request.args.get('name', 'guest'))}!</h1>"


@app.route("/version")
def version():
    return "<p>version 4.2</p>"
