"""Marketing pages and small widgets (Flask): templates, Markup and make_response."""
from flask import Flask, make_response, render_template, render_template_string, request
from markupsafe import Markup, escape

app = Flask(__name__)

BANNER = Markup('<div class="banner"><strong>Sale!</strong> 20% off this week</div>')
WIDGET = """<div class="hello">Hello {{ name }}!</div>"""


@app.route("/hello")
def hello():
    return render_template_string(WIDGET, name=request.args.get("name", "guest"))


@app.route("/hello/custom")
def hello_custom():
    name = request.args.get("name", "guest")
    # expect: template-injection
    return render_template_string("<div class='hello'>Hello " + name + "!</div>")


@app.route("/greeting")
def greeting():
    tpl = request.args.get("tpl", "Hi {{ user }}")
    # expect: template-injection
    return render_template_string(tpl, user="friend")


@app.route("/search")
def search():
    q = request.args.get("q", "")
    # expect: xss
    return make_response(f"<h2>Results for {q}</h2><p>No results.</p>")


@app.route("/search/escaped")
def search_escaped():
    q = request.args.get("q", "")
    return make_response(f"<h2>Results for {escape(q)}</h2><p>No results.</p>")


@app.route("/profile")
def profile():
    bio = request.args.get("bio", "")
    # expect: xss
    return render_template("profile.html", bio=Markup(bio), banner=BANNER)


@app.route("/profile/safe")
def profile_safe():
    bio = request.args.get("bio", "")
    snippet = Markup("<em>{}</em>").format(bio)
    return render_template("profile.html", bio=snippet, banner=BANNER)


@app.route("/note")
def note():
    text = request.args.get("text", "")
    resp = make_response(text)
    resp.mimetype = "text/plain"
    return resp


@app.route("/card")
def card():
    title = request.args.get("title", "")
    # expect: xss
    html = Markup("<div class='card'><h3>%s</h3></div>" % title)
    return render_template("card.html", card=html)


@app.route("/robots.txt")
def robots():
    resp = make_response("User-agent: *\nDisallow: /admin\n")
    resp.headers["Content-Type"] = "text/plain"
    return resp
