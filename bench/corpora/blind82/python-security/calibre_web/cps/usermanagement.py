from functools import wraps

from flask import abort, g, request
from flask_login import current_user

from . import config


def login_required_if_no_ano(func):
    @wraps(func)
    def decorated_view(*args, **kwargs):
        if config.anonymous_browsing or current_user.is_authenticated:
            return func(*args, **kwargs)
        abort(403)

    return decorated_view


def remember_view_settings():
    """before_request hook: keep the list sort order and the caller's return page."""
    g.sort_param = request.args.get("sort_param", "stored")
    g.return_to = request.args.get("next") or request.referrer or "/"
