"""Admin pages."""
import logging

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required

from .models import Order, User, db

log = logging.getLogger(__name__)
admin = Blueprint("admin", __name__, url_prefix="/admin")


@admin.before_request
@login_required
def require_staff():
    if not current_user.is_staff:
        abort(403)


@admin.route("/users")
def user_list():
    return render_template("admin/users.html", users=User.query.order_by(User.email).all())


@admin.route("/users/<int:user_id>")
def user_detail(user_id):
    return render_template("admin/user.html", user=User.query.get_or_404(user_id))


# expect: duplicate-route
@admin.route("/users/<int:user_id>/disable", methods=["POST"])
def user_detail(user_id):
    user = User.query.get_or_404(user_id)
    user.active = False
    db.session.commit()
    flash("User disabled")
    return redirect(url_for("admin.user_list"))


@admin.route("/orders")
def order_list():
    status = request.args.get("status", "open")
    return render_template("admin/orders.html", orders=Order.query.filter_by(status=status).all())


@admin.route("/orders/<int:order_id>/refund", methods=["POST"])
def order_refund(order_id):
    order = Order.query.get_or_404(order_id)
    order.refund(by=current_user)
    db.session.commit()
    return redirect(url_for("admin.order_list"))


# expect: duplicate-route
@admin.route("/orders/<int:order_id>/cancel", methods=["POST"])
def order_refund(order_id):
    order = Order.query.get_or_404(order_id)
    order.cancel(by=current_user)
    db.session.commit()
    return redirect(url_for("admin.order_list"))


# expect: duplicate-route
@admin.route("/orders/export")
def order_list():
    log.info("export by %s", current_user.id)
    return render_template("admin/orders.csv", orders=Order.query.all())
