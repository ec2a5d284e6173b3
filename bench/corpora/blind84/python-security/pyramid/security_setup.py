"""Authentication and authorization setup for the Pyramid intranet apps."""
from pyramid.authentication import AuthTktAuthenticationPolicy, AuthTktCookieHelper
from pyramid.authentication import AuthTktCookieHelper as TicketHelper
from pyramid.authorization import ACLAuthorizationPolicy
from pyramid.settings import asbool
import pyramid.authentication

from .auth import groupfinder

COOKIE_OPTS = {"secure": True, "http_only": True, "samesite": "Lax"}


def includeme(config):
    settings = config.get_settings()
    # expect: cookie-flags
    authn = AuthTktAuthenticationPolicy(settings["auth.secret"], callback=groupfinder, hashalg="sha512")
    config.set_authentication_policy(authn)
    config.set_authorization_policy(ACLAuthorizationPolicy())


class SessionSecurityPolicy:
    def __init__(self, secret):
        # expect: cookie-flags
        self.helper = AuthTktCookieHelper(secret, hashalg="sha512", http_only=True)

    def identity(self, request):
        return self.helper.identify(request)

    def remember(self, request, userid, **kw):
        return self.helper.remember(request, userid, **kw)

    def forget(self, request, **kw):
        return self.helper.forget(request, **kw)


def reports_policy(settings):
    # expect: cookie-flags
    return TicketHelper(
        settings["reports.secret"],
        cookie_name="reports_tkt",
        max_age=8 * 3600,
        hashalg="sha512",
    )


def legacy_policy(secret):
    # expect: cookie-flags
    return pyramid.authentication.AuthTktAuthenticationPolicy(secret, timeout=1200, reissue_time=120)


def admin_policy(settings):
    return AuthTktAuthenticationPolicy(
        settings["admin.secret"], callback=groupfinder, hashalg="sha512", secure=True, http_only=True,
    )


def api_helper(secret):
    return AuthTktCookieHelper(secret, hashalg="sha512", **COOKIE_OPTS)


def portal_policy(settings):
    return AuthTktAuthenticationPolicy(
        settings["portal.secret"],
        hashalg="sha512",
        secure=asbool(settings.get("portal.secure_cookie", True)),
    )
