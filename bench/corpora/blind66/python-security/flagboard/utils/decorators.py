import functools
from urllib.parse import urljoin, urlparse

from flask import abort, redirect, request, url_for

from flagboard.utils.user import authed, is_admin


def authed_only(f):
    @functools.wraps(f)
    def authed_only_wrapper(*args, **kwargs):
        if authed():
            return f(*args, **kwargs)
        return redirect(url_for("auth.login", next=request.full_path))

    return authed_only_wrapper


def admins_only(f):
    @functools.wraps(f)
    def admins_only_wrapper(*args, **kwargs):
        if is_admin():
            return f(*args, **kwargs)
        abort(403)

    return admins_only_wrapper


def is_safe_url(target):
    if "\\" in target:
        return False
    ref_url = urlparse(request.host_url)
    test_url = urlparse(urljoin(request.host_url, target))
    return test_url.scheme in ("http", "https") and ref_url.netloc == test_url.netloc
