"""Static-ish pages of the marketing site."""
from flask import Blueprint, Flask, render_template

app = Flask(__name__)
docs = Blueprint("docs", __name__, url_prefix="/docs")


@app.route("/")
def index():
    return render_template("index.html")


@app.route("/pricing")
def pricing():
    return render_template("pricing.html")


@app.route("/about")
def about():
    return render_template("about.html")


@app.route("/pricing/enterprise")
# expect: duplicate-handler
def pricing():
    return render_template("pricing_enterprise.html")


@app.route("/about/team", methods=["GET"])
# expect: duplicate-handler
def about():
    return render_template("team.html")


@docs.route("/")
def overview():
    return render_template("docs/overview.html")


@docs.route("/api")
# expect: duplicate-handler
def overview():
    return render_template("docs/api.html")


@app.route("/contact")
def contact():
    return render_template("contact.html")


@app.route("/contact/sales", endpoint="contact_sales")
def contact():
    return render_template("contact_sales.html")


@app.route("/legal/terms")
def terms():
    return render_template("terms.html")


@app.route("/legal/privacy")
def privacy():
    return render_template("privacy.html")


app.register_blueprint(docs)
