from flask import Blueprint, flash, redirect, render_template, request, url_for
from markupsafe import Markup, escape

from ..models import Journalist, db
from .decorators import login_required
from .forms import EditAccountForm


def make_blueprint():
    view = Blueprint("admin", __name__)

    @view.route("/edit/<int:user_id>", methods=["POST"])
    @login_required
    def edit_user(user_id):
        user = Journalist.query.get(user_id)
        form = EditAccountForm(request.form)
        if form.validate():
            user.username = form.username.data
            user.first_name = form.first_name.data
            db.session.commit()
            # expect: xss
            flash(Markup(f"Account updated for <b>{form.username.data}</b>."), "success")
            flash(Markup("Name set to <i>%s</i>.") % escape(form.first_name.data), "notification")
        return redirect(url_for("admin.index"))

    @view.route("/search")
    @login_required
    def search():
        term = request.args.get("q", "")
        return render_template("admin_search.html", users=Journalist.search(term))

    return view
