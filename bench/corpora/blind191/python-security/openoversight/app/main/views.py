"""Public and area-coordinator views for officers, departments and images."""
from http import HTTPStatus
from urllib.parse import urlparse

from flask import (
    abort,
    current_app,
    flash,
    jsonify,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_login import current_user, login_required, login_user

from . import main
from .. import limiter
from ..auth.forms import LoginForm
from ..models import Department, Officer, User, db
from ..utils.cloud import fetch_remote_image, upload_image_to_s3_and_store_in_db
from ..utils.dao import count_officers, search_officers_by_name
from ..utils.general import allowed_file, officer_card_html


def _is_local(target):
    parts = urlparse(target)
    return not parts.netloc and not parts.scheme and target.startswith("/") and not target.startswith("//")


@main.route("/login", methods=["GET", "POST"])
@limiter.limit("5/minute")
def login():
    form = LoginForm()
    if form.validate_on_submit():
        user = User.by_email(form.email.data)
        if user is None or not user.verify_password(form.password.data):
            flash("Invalid username or password.")
            return render_template("auth/login.html", form=form)
        login_user(user, form.remember_me.data)
        next_url = request.args.get("next")
        if next_url and _is_local(next_url):
            return redirect(next_url)
        return redirect(url_for("main.index"))
    return render_template("auth/login.html", form=form)


@main.route("/sso/return")
@login_required
def sso_return():
    # expect: open-redirect
    return redirect(request.args.get("return_to", "/"))


@main.route("/department/<int:department_id>/officers")
def list_officers(department_id):
    department = Department.query.get_or_404(department_id)
    last_name = request.args.get("last_name", "")
    page = int(request.args.get("page", 1))
    officers = search_officers_by_name(department.id, last_name, page)
    total = count_officers(department.id, last_name)
    return render_template("list_officer.html", department=department, officers=officers, total=total)


@main.route("/officer/<int:officer_id>/card")
def officer_card(officer_id):
    officer = Officer.query.get_or_404(officer_id)
    return officer_card_html(officer)


@main.route("/submit", methods=["POST"])
@login_required
@limiter.limit("250/minute")
def upload():
    department_id = int(request.form["department_id"])
    image_url = request.form.get("image_url")
    if image_url:
        data, ext = fetch_remote_image(image_url)
    else:
        file_to_upload = request.files["file"]
        if not allowed_file(file_to_upload.filename):
            return jsonify(error="File type not allowed!"), HTTPStatus.UNSUPPORTED_MEDIA_TYPE
        data, ext = file_to_upload.read(), file_to_upload.filename.rsplit(".", 1)[1].lower()
    image = upload_image_to_s3_and_store_in_db(data, ext, current_user.get_id(), department_id)
    if image is None:
        abort(HTTPStatus.BAD_REQUEST)
    db.session.commit()
    current_app.logger.info("image %s uploaded", image.id)
    return jsonify(success="Success!", image_id=image.id), HTTPStatus.CREATED
