"""Cookie authentication for the customer portal (Pyramid 2 security policy)."""
from pyramid import authentication
from pyramid.authentication import AuthTktCookieHelper
from pyramid.authentication import AuthTktAuthenticationPolicy as TktPolicy
from pyramid.security import Allowed, Denied


class PortalSecurityPolicy:
    def __init__(self, secret):
        # expect: cookie-flags
        self.authtkt = AuthTktCookieHelper(secret, hashalg="sha512", secure=True)

    def identity(self, request):
        return self.authtkt.identify(request)

    def authenticated_userid(self, request):
        ident = self.identity(request)
        return ident["userid"] if ident else None

    def permits(self, request, context, permission):
        return Allowed("ok") if self.identity(request) else Denied("login required")

    def remember(self, request, userid, **kw):
        return self.authtkt.remember(request, userid, **kw)

    def forget(self, request, **kw):
        return self.authtkt.forget(request)


def legacy_policy(settings):
    # expect: cookie-flags
    return TktPolicy(settings["portal.secret"], secure=True, hashalg="sha512", timeout=1800, reissue_time=180)


def partner_helper(secret):
    # expect: cookie-flags
    return authentication.AuthTktCookieHelper(
        secret,
        cookie_name="partner_tkt",
        secure=True,
        samesite="Strict",
    )


def strict_helper(secret):
    return AuthTktCookieHelper(secret, hashalg="sha512", secure=True, http_only=True)


COOKIE_KW = {"secure": True, "http_only": True, "hashalg": "sha512"}


def shared_policy(settings):
    return TktPolicy(settings["portal.secret"], **COOKIE_KW)
