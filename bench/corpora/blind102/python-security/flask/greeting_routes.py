"""Small HTML endpoints of the support site."""
from flask import Flask, escape, render_template, request
from markupsafe import Markup

app = Flask(__name__)


@app.route("/hello")
def hello():
    name = request.args.get("name", "visitor")
    # expect: xss
    return f"<p>Hello, {name}!</p>"


@app.route("/ticket/<ticket_id>")
def ticket(ticket_id):
    # expect: xss
    return "<h2>Ticket %s</h2>" % ticket_id


@app.route("/search")
def search():
    term = request.args.get("q", "")
    # expect: xss
    page = "<p>No results for {}</p>".format(term)
    return page


@app.route("/sorry")
def sorry():
    reason = request.args.get("reason", "")
    # expect: xss
    return "<div class='err'>" + reason + "</div>"


@app.route("/hello-safe")
def hello_safe():
    return render_template("hello.html", name=request.args.get("name", "visitor"))


@app.route("/ticket-safe/<ticket_id>")
def ticket_safe(ticket_id):
    return Markup("<h2>Ticket {}</h2>").format(ticket_id)


@app.route("/ping")
def ping():
    return "pong"
