"""Comment rendering helpers for the forum."""
from flask import Flask, render_template, request
from markupsafe import Markup, escape
import markupsafe

app = Flask(__name__)


@app.get("/hello")
def hello():
    name = request.args.get("name", "")
    # expect: xss
    return Markup(f"<h1>Hello {name}</h1>")


@app.get("/comment/<int:cid>")
def comment(cid):
    body = request.args.get("body", "")
    # expect: xss
    html = Markup("<div class='comment'>%s</div>" % body)
    return render_template("comment.html", html=html)


@app.get("/sig")
def signature():
    sig = request.args.get("sig", "")
    # expect: xss
    return markupsafe.Markup("<p>" + sig + "</p>")


@app.get("/hello/safe")
def hello_safe():
    name = request.args.get("name", "")
    # safe: Markup.format escapes its arguments
    return Markup("<h1>Hello {}</h1>").format(name)


@app.get("/sig/safe")
def signature_safe():
    # safe: escaped
    return Markup("<p>") + escape(request.args.get("sig", "")) + Markup("</p>")


@app.get("/banner")
def banner():
    # safe: literal markup
    return Markup("<strong>Maintenance tonight</strong>")


@app.get("/echo")
def echo():
    q = request.args.get("q", "")
    # expect: xss
    return f"<p>You searched for {q}</p>"
