"""Authentication wiring for the Pyramid back office."""
from pyramid.authentication import AuthTktAuthenticationPolicy
from pyramid.authentication import AuthTktCookieHelper as CookieHelper
from pyramid.authorization import ACLAuthorizationPolicy

import pyramid.authentication


def includeme(config):
    settings = config.get_settings()
    # expect: cookie-flags
    policy = AuthTktAuthenticationPolicy(settings["auth.secret"], hashalg="sha512", http_only=False)
    config.set_authentication_policy(policy)
    config.set_authorization_policy(ACLAuthorizationPolicy())


class SecurityPolicy:
    def __init__(self, secret):
        self.helper = CookieHelper(
            secret,
            cookie_name="bo_auth",
            hashalg="sha512",
            secure=True,
            # expect: cookie-flags
            http_only=False,
            samesite="Lax",
        )

    def identity(self, request):
        return self.helper.identify(request)

    def remember(self, request, userid, **kw):
        return self.helper.remember(request, userid, **kw)

    def forget(self, request, **kw):
        return self.helper.forget(request, **kw)


class LegacyTicketPolicy(pyramid.authentication.AuthTktAuthenticationPolicy):
    def __init__(self, secret, **kw):
        # expect: cookie-flags
        super().__init__(secret, hashalg="sha512", http_only=False, **kw)


def api_policy(secret):
    # expect: cookie-flags
    return pyramid.authentication.AuthTktCookieHelper(secret, "api_auth", hashalg="sha512", secure=True, http_only=False)


COOKIE_OPTS = {"hashalg": "sha512", "secure": True, "http_only": True, "samesite": "Strict"}


def hardened_policy(secret):
    return AuthTktAuthenticationPolicy(secret, hashalg="sha512", http_only=True, secure=True)


def hardened_helper(secret):
    return CookieHelper(secret, cookie_name="bo_auth", **COOKIE_OPTS)
