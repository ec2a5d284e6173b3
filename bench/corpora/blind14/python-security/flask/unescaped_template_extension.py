# library: Flask (render_template autoescape by extension)
"""Profile pages. Flask only autoescapes .html/.htm/.xml/.xhtml templates."""
from flask import Flask, render_template, request

from .models import User

app = Flask(__name__)


@app.get("/u/<username>")
def profile(username):
    user = User.query.filter_by(username=username).first_or_404()
    # expect: xss
    return render_template("profile.jinja2", user=user, bio=user.bio)


@app.get("/u/<username>/card")
def card(username):
    user = User.query.filter_by(username=username).first_or_404()
    return render_template("card.html", user=user)


@app.get("/search")
def search():
    # expect: xss
    return render_template("search.j2", q=request.args.get("q", ""))


@app.get("/robots.txt")
def robots():
    return render_template("robots.txt"), 200, {"Content-Type": "text/plain"}


@app.get("/sitemap.xml")
def sitemap():
    return render_template("sitemap.xml", users=User.query.all())
