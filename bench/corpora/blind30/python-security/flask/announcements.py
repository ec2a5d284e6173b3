"""Site-wide banners and user bios rendered on the community pages."""
import markupsafe
from flask import Flask, Markup, render_template, request
from markupsafe import escape

from .models import Announcement, Profile

app = Flask(__name__)


@app.template_filter("nl2br")
def nl2br(value):
    # expect: xss
    return Markup(value.replace("\n", "<br>\n"))


@app.template_filter("nl2br_safe")
def nl2br_safe(value):
    return Markup("<br>\n").join(escape(value).split("\n"))


@app.route("/banner")
def banner():
    latest = Announcement.query.order_by(Announcement.created.desc()).first()
    # expect: xss
    body = Markup(f"<strong>{latest.title}</strong> {latest.body}")
    return render_template("banner.html", body=body)


@app.post("/profile/bio")
def save_bio():
    profile = Profile.query.get_or_404(request.form["id"])
    # expect: xss
    profile.bio_html = markupsafe.Markup(request.form["bio"])
    return render_template("profile.html", profile=profile)


@app.route("/profile/<int:pid>/signature")
def signature(pid):
    profile = Profile.query.get_or_404(pid)
    stored = Markup(profile.signature_html)
    # expect: xss
    return render_template("signature.html", signature=stored.unescape())


@app.route("/greeting")
def greeting():
    name = request.args.get("name", "guest")
    line = Markup("<em>Hello, {}!</em>").format(name)
    return render_template("greeting.html", line=line, rule=Markup("<hr>"))
