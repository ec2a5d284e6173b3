"""Admin-area ticket cookie: separate secret and cookie name."""
from pyramid.authentication import AuthTktCookieHelper
from pyramid import authentication
from pyramid.config import Configurator

ADMIN_COOKIE = "admin_tkt"


class AdminSecurityPolicy:
    def __init__(self, secret):
        # expect: cookie-flags
        self.cookie = AuthTktCookieHelper(secret, cookie_name=ADMIN_COOKIE, secure=True, hashalg="sha512")

    def remember(self, request, userid, **kw):
        return self.cookie.remember(request, userid, **kw)

    def forget(self, request, **kw):
        return self.cookie.forget(request, **kw)


def legacy_policy(secret):
    # expect: cookie-flags
    return authentication.AuthTktAuthenticationPolicy(
        secret,
        secure=True,
        wild_domain=False,
    )


def make_app(global_config, **settings):
    with Configurator(settings=settings) as config:
        # expect: cookie-flags
        config.set_authentication_policy(authentication.AuthTktAuthenticationPolicy(settings["admin.secret"]))
        return config.make_wsgi_app()


def hardened_helper(secret):
    return AuthTktCookieHelper(secret, cookie_name=ADMIN_COOKIE, secure=True, http_only=True, hashalg="sha512")


def helper_from_settings(settings):
    cookie_opts = {"secure": True, "http_only": True}
    return AuthTktCookieHelper(settings["admin.secret"], **cookie_opts)
