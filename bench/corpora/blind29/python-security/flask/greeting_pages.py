"""Greeting and error pages of the campaign microsite."""
from flask import Flask, render_template, render_template_string, request

app = Flask(__name__)


@app.route("/hello")
def hello():
    name = request.args.get("name", "friend")
    page = "<h1>Hello {}!</h1>".format(name)
    # expect: template-injection
    return render_template_string(page)


@app.errorhandler(404)
def not_found(error):
    body = "<h2>%s was not found</h2>" % request.path
    # expect: template-injection
    return render_template_string(body), 404


@app.route("/cards/<recipient>")
def card(recipient):
    html = "<div class='card'>"
    html += "<p>Dear " + recipient + "</p>"
    html += "</div>"
    # expect: template-injection
    return render_template_string(html)


@app.route("/banner")
def banner():
    campaign = request.args.get("campaign", "spring")
    markup = f"<section class='banner'>{campaign}</section>"
    # expect: template-injection
    return render_template_string(markup, campaign=campaign)


@app.route("/hello-safe")
def hello_safe():
    return render_template_string("<h1>Hello {{ name }}!</h1>", name=request.args.get("name", "friend"))


@app.route("/cards-safe/<recipient>")
def card_safe(recipient):
    return render_template("card.html", recipient=recipient)
