"""Account pages of the booking site."""
from flask import Blueprint, Flask, redirect, render_template, request, url_for

from .auth import current_user, login_required
from .config import load_config

app = Flask(__name__)
app.config.from_mapping(load_config())
app.config.update(SESSION_COOKIE_SECURE=True, SESSION_COOKIE_HTTPONLY=True, SESSION_COOKIE_SAMESITE="Lax")

profile_bp = Blueprint("profile", __name__)
billing_bp = Blueprint("billing", __name__)


@app.route("/account")
@login_required
def account():
    return render_template("account/index.html", user=current_user())


@app.route("/account/bookings")
@login_required
def bookings():
    return render_template("account/bookings.html", bookings=current_user().bookings)


@app.route("/account/settings", methods=["GET", "POST"])
@login_required
def settings():
    if request.method == "POST":
        current_user().update_settings(request.form)
    return render_template("account/settings.html")


@app.route("/account/bookings/<int:booking_id>")
@login_required
# expect: duplicate-handler-name
def bookings(booking_id):
    return render_template("account/booking.html", booking=current_user().booking(booking_id))


@app.route("/account/notifications", methods=["POST"])
@login_required
# expect: duplicate-handler-name
def settings():
    current_user().update_notifications(request.form)
    return redirect(url_for("settings"))


@app.route("/account/export")
# expect: duplicate-handler-name
def account():
    return render_template("account/export.html")


@app.route("/account/invoices", endpoint="invoice_list")
@login_required
def invoices():
    return render_template("account/invoices.html")


@app.route("/account/invoices/<int:invoice_id>", endpoint="invoice_detail")
@login_required
def invoices(invoice_id):
    return render_template("account/invoice.html", invoice_id=invoice_id)


@app.route("/help")
@app.route("/help/<topic>")
def help_page(topic="index"):
    return render_template("help.html", topic=topic)


@profile_bp.route("/")
def index():
    return render_template("profile/index.html")


@billing_bp.route("/")
def index():
    return render_template("billing/index.html")
