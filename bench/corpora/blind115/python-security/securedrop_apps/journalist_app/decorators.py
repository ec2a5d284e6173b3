from functools import wraps

from flask import g, redirect, request, session, url_for


def login_required(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        if "uid" not in session:
            return redirect(url_for("main.login", next=request.path))
        g.user_id = session["uid"]
        return func(*args, **kwargs)

    return wrapper
