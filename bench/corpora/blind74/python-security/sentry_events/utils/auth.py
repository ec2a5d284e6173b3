"""Login redirect helpers."""
from django.conf import settings
from django.utils.http import url_has_allowed_host_and_scheme

LOGIN_REDIRECT_URL = getattr(settings, "LOGIN_REDIRECT_URL", "/")


def is_valid_redirect(url, allowed_hosts=None):
    if not url:
        return False
    return url_has_allowed_host_and_scheme(url, allowed_hosts=allowed_hosts or {settings.SENTRY_HOST})


def get_login_redirect(request, default=None):
    default = default or LOGIN_REDIRECT_URL
    login_url = request.session.pop("_next", None)
    if not login_url or not is_valid_redirect(login_url, allowed_hosts=(request.get_host(),)):
        login_url = default
    return login_url


def initiate_login(request, next_url=None):
    for key in ("_next", "_after_2fa"):
        request.session.pop(key, None)
    if next_url and is_valid_redirect(next_url, allowed_hosts=(request.get_host(),)):
        request.session["_next"] = next_url
