"""Preview pages for transactional e-mails (HTML and plain-text bodies)."""
import logging

from flask import Blueprint, abort, render_template, request
from flask_login import current_user, login_required

from .models import Order

bp = Blueprint("mail_preview", __name__, url_prefix="/mail")
log = logging.getLogger(__name__)


@bp.route("/order/<int:order_id>/text")
@login_required
def order_text(order_id):
    order = Order.query.get_or_404(order_id)
    note = request.args.get("note", "")
    # expect: xss
    return render_template("emails/order_confirmation.txt", order=order, note=note)


@bp.route("/welcome/text")
@login_required
def welcome_text():
    # expect: xss
    return render_template("emails/welcome.j2", name=request.args.get("name", current_user.name))


@bp.route("/invoice/<int:order_id>/text")
@login_required
def invoice_text(order_id):
    order = Order.query.get_or_404(order_id)
    memo = request.args.get("memo", "")
    # expect: xss
    body = render_template("emails/invoice.tmpl", order=order, memo=memo)
    return body


@bp.route("/order/<int:order_id>")
@login_required
def order_html(order_id):
    order = Order.query.get_or_404(order_id)
    note = request.args.get("note", "")
    return render_template("emails/order_confirmation.html", order=order, note=note)


@bp.route("/welcome")
@login_required
def welcome_html():
    return render_template("emails/welcome.html", name=request.args.get("name", current_user.name))


@bp.route("/templates/<name>")
@login_required
def preview_named(name):
    if name not in {"welcome", "order_confirmation", "password_reset"}:
        abort(404)
    log.info("preview %s for %s", name, current_user.id)
    return render_template(f"emails/{name}.html", user=current_user)
