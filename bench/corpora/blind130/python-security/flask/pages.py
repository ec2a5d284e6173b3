"""Small dynamic pages of the marketing site."""
from flask import Flask, render_template, render_template_string, request

app = Flask(__name__)


@app.route("/hello")
def hello():
    name = request.args.get("name", "visitor")
    page = "<h1>Hello {}!</h1><p>Thanks for stopping by.</p>".format(name)
    # expect: code-injection
    return render_template_string(page)


@app.route("/campaign/<slug>")
def campaign(slug):
    headline = request.args.get("headline", "Spring sale")
    body = "<h2>%s</h2>{{ campaign_text }}" % headline
    # expect: code-injection
    return render_template_string(body, campaign_text="Up to 30% off."), 200


@app.route("/error")
def error_page():
    reason = request.args.get("reason", "unknown")
    html = f"<p class='error'>Something went wrong: {reason}</p>"
    # expect: code-injection
    return render_template_string(html), 400


@app.route("/hello-safe")
def hello_safe():
    name = request.args.get("name", "visitor")
    return render_template_string("<h1>Hello {{ name }}!</h1><p>Thanks for stopping by.</p>", name=name)


@app.route("/campaign-safe/<slug>")
def campaign_safe(slug):
    return render_template("campaign.html", slug=slug, headline=request.args.get("headline", "Spring sale"))


@app.route("/footer")
def footer():
    year_tpl = "<footer>&copy; {{ year }} Example Ltd.</footer>"
    return render_template_string(year_tpl, year=2026)
