"""Customer portal: Flask app with server-side login sessions."""
import os

from flask import Flask, redirect, render_template, request, session, url_for

from .auth import verify_password
from .models import Customer

# expect: insecure-cookie
app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["PORTAL_SECRET_KEY"]
app.config["PERMANENT_SESSION_LIFETIME"] = 3600 * 8
app.config["PREFERRED_URL_SCHEME"] = "https"


@app.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "POST":
        customer = Customer.query.filter_by(email=request.form["email"].lower()).first()
        if customer and verify_password(customer.password_hash, request.form["password"]):
            session.clear()
            session["customer_id"] = customer.id
            session.permanent = True
            return redirect(url_for("orders"))
    return render_template("login.html")


@app.route("/orders")
def orders():
    if "customer_id" not in session:
        return redirect(url_for("login"))
    customer = Customer.query.get_or_404(session["customer_id"])
    return render_template("orders.html", orders=customer.orders)


@app.route("/logout", methods=["POST"])
def logout():
    session.clear()
    return redirect(url_for("login"))
