"""Marketing pages and e-mail previews."""
import logging

from flask import Flask, render_template, render_template_string, request

log = logging.getLogger(__name__)
app = Flask(__name__)

FOOTER = "<footer>&copy; {{ year }} Example Ltd</footer>"


@app.route("/hello")
def hello():
    name = request.args.get("name", "guest")
    # expect: code-injection
    return render_template_string("<h1>Hello " + name + "!</h1>")


@app.route("/hello/safe")
def hello_safe():
    return render_template_string("<h1>Hello {{ name }}!</h1>", name=request.args.get("name", "guest"))


@app.route("/preview", methods=["POST"])
def preview_email():
    body = request.form["template"]
    # expect: code-injection
    return render_template_string(body, user=request.form.get("user", "customer"))


@app.route("/error")
def error_page():
    reason = request.args.get("reason", "unknown")
    template = f"<p>Something went wrong: {reason}</p>" + FOOTER
    # expect: code-injection
    return render_template_string(template, year=2026), 500


@app.route("/footer")
def footer():
    return render_template_string(FOOTER, year=2026)


@app.route("/landing/<slug>")
def landing(slug):
    log.info("landing page %s", slug)
    return render_template("landing.html", slug=slug)
