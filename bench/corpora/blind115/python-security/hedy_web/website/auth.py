import functools

from flask import Blueprint, redirect, request, session

bp = Blueprint("auth", __name__)


def current_user():
    return session.get("user") or {"username": "", "is_teacher": False}


def forget_current_user():
    session.pop("user", None)


def requires_login(f):
    @functools.wraps(f)
    def inner(*args, **kws):
        if not current_user()["username"]:
            return redirect("/login")
        return f(*args, **kws)

    return inner


def requires_teacher(f):
    @functools.wraps(f)
    def inner(*args, **kws):
        if not current_user().get("is_teacher"):
            return "unauthorized", 403
        return f(*args, **kws)

    return inner
