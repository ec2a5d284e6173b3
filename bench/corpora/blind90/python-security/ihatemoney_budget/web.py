from urllib.parse import urlparse

from flask import (Blueprint, abort, current_app, g, redirect, render_template, render_template_string,
                   request, send_file, send_from_directory, session, url_for)

from ihatemoney_budget.forms import BillForm, ExportForm, InviteForm
from ihatemoney_budget.models import Project, db
from ihatemoney_budget.utils import (EXPORT_DIR, CurrencyConverter, balance_rows, balance_rows_bound,
                                     bill_link, bill_link_legacy, export_path)

main = Blueprint("main", __name__)


@main.url_value_preprocessor
def pull_project(endpoint, values):
    if not values or "project_id" not in values:
        return
    project_id = values.pop("project_id")
    g.project_id_raw = project_id
    g.project = Project.query.get(project_id)
    if g.project is None:
        abort(404)


@main.url_defaults
def add_project_id(endpoint, values):
    if "project_id" not in values and hasattr(g, "project"):
        values["project_id"] = g.project.id


def is_safe_redirect(target):
    parsed = urlparse(target)
    return not parsed.netloc and not parsed.scheme and target.startswith("/") and not target.startswith("//")


@main.route("/authenticate", methods=["GET", "POST"])
def authenticate():
    return_to = request.args.get("next")
    if not return_to:
        return_to = url_for(".list_bills")
    session["authenticated"] = True
    if current_app.config.get("STRICT_REDIRECTS") and not is_safe_redirect(return_to):
        return redirect(url_for(".list_bills"))
    # expect: open-redirect
    return redirect(return_to)


@main.route("/<project_id>/")
def list_bills():
    bills = [dict(what=b.what, external_link=b.external_link) for b in g.project.bills]
    legacy = request.args.get("legacy_links")
    links = [bill_link_legacy(b) if legacy else bill_link(b) for b in bills]
    return render_template("list_bills.html", links=links, form=BillForm())


@main.route("/<project_id>/add", methods=["POST"])
def add_bill():
    form = BillForm()
    if form.validate_on_submit():
        g.project.add_bill(what=form.what.data, amount=form.amount.data, external_link=form.external_link.data)
        db.session.commit()
    return redirect(url_for(".list_bills"))


@main.route("/<project_id>/invite", methods=["GET", "POST"])
def invite():
    form = InviteForm()
    if form.validate_on_submit():
        if request.form.get("use_default"):
            body = render_template("invitation_mail.j2", project=g.project, message=form.message.data)
        else:
            # expect: template-injection
            body = render_template_string(form.message.data, project=g.project)
        current_app.mail.send(subject="Invitation", recipients=form.emails.data.split(","), body=body)
    return render_template("send_invites.html", form=form)


@main.route("/<project_id>/export/<path:name>")
def download_export(name):
    if request.args.get("direct"):
        # expect: path-traversal
        return send_file(export_path(name), as_attachment=True)
    return send_from_directory(EXPORT_DIR, name, as_attachment=True)


@main.route("/<project_id>/statistics")
def statistics():
    rows = balance_rows(db.session, g.project_id_raw) if request.args.get("fast") else balance_rows_bound(db.session, g.project_id_raw)
    converter = CurrencyConverter(request.args.get("rates_url"))
    rates = converter.get_rates() if request.args.get("live") else converter.get_default_rates()
    return render_template("statistics.html", rows=rows, rates=rates, form=ExportForm())
