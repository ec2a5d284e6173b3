"""Plain-HTML status pages."""
from flask import Blueprint, Flask, render_template, request

app = Flask(__name__)
admin = Blueprint("admin", __name__)


@app.route("/welcome/<name>")
def welcome(name):
    # expect: xss
    return "<h1>Welcome, {}!</h1>".format(name)


@app.route("/order/<int:order_id>")
def order(order_id):
    note = request.args.get("note", "")
    # expect: xss
    return "<p>Order %d: %s</p>" % (order_id, note)


@admin.route("/users/<user>")
def user_page(user):
    # expect: xss
    return "<h2>User</h2>" + user


@app.route("/search")
def search():
    term = request.args.get("q", "")
    # expect: xss
    return f"<p>No results for <b>{term}</b></p>"


@app.route("/goodbye")
def goodbye():
    who = request.args.get("who", "friend")
    page = "<p>Goodbye, " + who
    page += "</p>"
    # expect: xss
    return page


@app.route("/welcome-safe/<name>")
def welcome_safe(name):
    return render_template("welcome.html", name=name)


@app.route("/ping")
def ping():
    return "pong"
