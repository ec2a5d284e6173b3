"""Flask blueprint that previews and sends the monthly account report."""
import jinja2
from flask import Blueprint, abort, render_template, request
from flask_login import current_user, login_required

from .mail import send_html
from .models import Account

bp = Blueprint("reports", __name__, url_prefix="/reports")

# expect: xss
_mail_env = jinja2.Environment(loader=jinja2.PackageLoader("billing", "mail_templates"))
_safe_env = jinja2.Environment(
    loader=jinja2.PackageLoader("billing", "mail_templates"),
    autoescape=jinja2.select_autoescape(),
)


@bp.route("/preview")
@login_required
def preview():
    account = Account.query.get_or_404(current_user.account_id)
    note = request.args.get("note", "")
    return render_template("reports/preview.html", account=account, note=note)


@bp.route("/send", methods=["POST"])
@login_required
def send():
    account = Account.query.get_or_404(current_user.account_id)
    if not account.billing_email:
        abort(400)
    note = request.form.get("note", "")
    tmpl = _mail_env.get_template("monthly.html")
    body = tmpl.render(account=account, note=note)
    send_html(account.billing_email, "Your monthly report", body)
    return {"queued": True}


@bp.route("/send-summary", methods=["POST"])
@login_required
def send_summary():
    account = Account.query.get_or_404(current_user.account_id)
    heading = request.form.get("heading", "Summary")
    tmpl = _safe_env.get_template("summary.html")
    send_html(account.billing_email, "Account summary", tmpl.render(account=account, heading=heading))
    return {"queued": True}


@bp.route("/banner")
def banner():
    greeting = request.args.get("name", "there")
    # expect: xss
    return jinja2.Template("<div class='banner'>Hello {{ name }}!</div>").render(name=greeting)
