"""Invite landing pages and e-mail previews rendered with jinja2 directly."""
import jinja2
from flask import Flask, render_template, request
from jinja2 import Template

app = Flask(__name__)
LANDING = "<h1>{{ inviter }} invited you to {{ team }}</h1>"

# expect: xss
pages = jinja2.Environment(loader=jinja2.FileSystemLoader("invite_templates"))


@app.route("/invite/<token>")
def landing(token):
    invite = app.extensions["invites"].get(token)
    tmpl = Template(LANDING)
    # expect: xss
    return tmpl.render(inviter=request.args.get("from", invite.inviter), team=invite.team)


@app.route("/invite/preview", methods=["POST"])
def preview():
    template = pages.get_template("preview.html")
    # expect: xss
    return template.render(message=request.form["message"], sender=request.form.get("sender"))


@app.route("/invite/custom", methods=["POST"])
def custom():
    body = request.form["body"]
    t = jinja2.Template(body)
    # expect: xss
    html = t.render(name=request.form.get("name", ""))
    return html


@app.route("/invite/<token>/accepted")
def accepted(token):
    return render_template("accepted.html", token=token)


@app.route("/invite/help")
def help_page():
    return render_template("help.html", topics=["teams", "billing"])


def text_body(invite):
    env = jinja2.Environment(loader=jinja2.FileSystemLoader("mail_text"), autoescape=False)
    return env.get_template("invite.txt").render(invite=invite)
