"""Authentication and session setup for the Pyramid app."""
from pyramid.authentication import AuthTktAuthenticationPolicy, AuthTktCookieHelper
from pyramid.authentication import AuthTktCookieHelper as TicketHelper
from pyramid.settings import asbool

from .security import groupfinder, load_user

TKT_OPTIONS = {"secure": True, "http_only": True, "samesite": "Lax", "hashalg": "sha512"}


class SecurityPolicy:
    def __init__(self, secret, helper=None):
        self.helper = helper or AuthTktCookieHelper(secret, secure=True, http_only=True, hashalg="sha512")

    def identity(self, request):
        identity = self.helper.identify(request)
        return load_user(request, identity["userid"]) if identity else None

    def authenticated_userid(self, request):
        user = self.identity(request)
        return user.id if user else None

    def remember(self, request, userid, **kw):
        return self.helper.remember(request, userid, **kw)

    def forget(self, request, **kw):
        return self.helper.forget(request, **kw)


def legacy_policy(settings):
    # expect: cookie-flags
    return AuthTktAuthenticationPolicy(settings["auth.secret"], callback=groupfinder, secure=False, hashalg="sha512")


def kiosk_helper(settings):
    # expect: cookie-flags
    return TicketHelper(
        settings["kiosk.secret"],
        cookie_name="kiosk_tkt",
        secure=False,
        http_only=True,
        hashalg="sha512",
    )


def api_helper(settings):
    # expect: cookie-flags
    helper = AuthTktCookieHelper(settings["api.secret"], secure=False, timeout=3600, reissue_time=300)
    return helper


def includeme(config):
    settings = config.get_settings()
    config.set_security_policy(SecurityPolicy(settings["auth.secret"]))


def partner_policy(settings):
    return AuthTktAuthenticationPolicy(settings["partner.secret"], callback=groupfinder, **TKT_OPTIONS)


def staging_helper(settings):
    return AuthTktCookieHelper(settings["auth.secret"], secure=asbool(settings.get("auth.secure", True)))


def preview_policy(settings):
    # expect: cookie-flags
    return AuthTktAuthenticationPolicy(settings["preview.secret"], secure=False)
