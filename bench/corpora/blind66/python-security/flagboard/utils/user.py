"""Who is asking: the current user, read from the session."""
from flask import g, session

from flagboard.models import Users


def get_current_user():
    if "id" not in session:
        return None
    user = getattr(g, "_current_user", None)
    if user is None:
        user = Users.query.filter_by(id=session["id"]).first()
        g._current_user = user
    return user


def authed():
    return bool(session.get("id", False))


def is_admin():
    user = get_current_user()
    return bool(user and user.type == "admin")
