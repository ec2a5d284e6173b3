from functools import wraps

from flask import redirect, request, session, url_for


def login_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        if "uid" not in session:
            session["after_login"] = request.endpoint
            return redirect(url_for("auth.login"))
        return view(*args, **kwargs)

    return wrapper
