"""Small helpers shared by the UI and the API."""
import functools
from urllib.parse import urljoin, urlparse

import flask


def authenticated() -> bool:
    return bool(flask.session.get("fas_user"))


def is_safe_url(target: str) -> bool:
    ref_url = urlparse(flask.request.host_url)
    test_url = urlparse(urljoin(flask.request.host_url, target))
    return test_url.scheme in ("http", "https") and ref_url.netloc == test_url.netloc


def login_required(function):
    @functools.wraps(function)
    def decorated_function(*args, **kwargs):
        if not authenticated():
            return flask.redirect(flask.url_for("ui_ns.login", next=flask.request.url))
        return function(*args, **kwargs)

    return decorated_function


def get_repo_path(repo) -> str:
    import os

    from pagure_forge.config import config

    return os.path.join(config["GIT_FOLDER"], repo.fullname + ".git")
