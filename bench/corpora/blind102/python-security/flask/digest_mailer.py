"""Renders the weekly digest page and e-mail inside the Flask app."""
import jinja2
from flask import Flask, render_template, request

app = Flask(__name__)

DIGEST_SRC = "<h1>Digest for {{ user }}</h1><p>{{ note }}</p>"
loader_env = jinja2.Environment(loader=jinja2.FileSystemLoader("mail_templates"), autoescape=jinja2.select_autoescape(["html"]))


@app.route("/digest")
def digest():
    tmpl = jinja2.Template(DIGEST_SRC)
    # expect: xss
    return tmpl.render(user=request.args.get("user"), note=request.args.get("note"))


@app.route("/digest/preview", methods=["POST"])
def preview():
    page = jinja2.Template("<div>{{ body }}</div>")
    # expect: xss
    html = page.render(body=request.form["body"])
    return html


class DigestRenderer:
    def __init__(self, source):
        self.source = source

    def render(self, **ctx):
        template = jinja2.Template(self.source)
        # expect: xss
        return template.render(**ctx)


@app.route("/digest/page")
def digest_page():
    return render_template("digest.html", user=request.args.get("user"))


def plain_text_mail(user):
    env = jinja2.Environment(loader=jinja2.FileSystemLoader("text_templates"), autoescape=False)
    return env.get_template("digest.txt").render(user=user)
