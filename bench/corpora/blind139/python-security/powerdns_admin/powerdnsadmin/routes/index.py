from flask import Blueprint, redirect, render_template, request, session, url_for

from ..models.user import User
from ..models.setting import Setting

index_bp = Blueprint("index", __name__, template_folder="templates", url_prefix="/")


@index_bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("login.html", next=request.args.get("next", ""))
    username = request.form["username"]
    password = request.form["password"]
    auth_method = request.form.get("auth_method", "LOCAL")
    if Setting().get("ldap_enabled") and auth_method != "LOCAL":
        user = User(username=username, password=password)
        ok = user.is_validate(method="LDAP")
    else:
        user = User(username=username, password=password)
        ok = user.is_validate(method="LOCAL")
    if not ok:
        next_url = request.form.get("next", "")
        if not next_url.startswith("/") or next_url.startswith("//"):
            next_url = url_for("index.login")
        return redirect(next_url)
    session["user_id"] = user.id
    next_url = request.form.get("next")
    if not next_url:
        next_url = url_for("dashboard.dashboard")
    # expect: open-redirect
    return redirect(next_url)
