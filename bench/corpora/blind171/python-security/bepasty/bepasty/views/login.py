"""Log in with a shared secret; remember the permissions in the session."""

from urllib.parse import urlparse

from flask import current_app, flash, redirect, render_template, request, session, url_for
from flask.views import MethodView

from ..utils.permissions import LOGGEDIN, PERMISSIONS, get_permissions_for


def _local_target(target):
    parsed = urlparse(target)
    return (not parsed.scheme and not parsed.netloc and target.startswith("/")
            and not target.startswith("//") and "\\" not in target)


class LoginView(MethodView):

    def get(self):
        return render_template("login.html", next=request.args.get("next", ""))

    def post(self):
        token = request.form.get("token")
        permissions = get_permissions_for(token, current_app.config)
        if permissions is None:
            flash("Invalid token.", "error")
            return redirect(url_for("bepasty.login"))
        session[PERMISSIONS] = permissions
        session[LOGGEDIN] = True
        target = request.form.get("next", "")
        if target and _local_target(target):
            return redirect(target)
        return redirect(url_for("bepasty.index"))


class LogoutView(MethodView):

    def post(self):
        session.pop(LOGGEDIN, None)
        session.pop(PERMISSIONS, None)
        came_from = request.form.get("came_from") or url_for("bepasty.index")
        # expect: open-redirect
        return redirect(came_from)


class PermissionsView(MethodView):

    def get(self):
        perms = session.get(PERMISSIONS, "")
        return render_template("permissions.html", permissions=perms.split(","))
