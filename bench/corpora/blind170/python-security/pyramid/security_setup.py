"""Authentication wiring for the members portal (Pyramid)."""
from pyramid.authentication import AuthTktAuthenticationPolicy, AuthTktCookieHelper
from pyramid.authorization import ACLAuthorizationPolicy
from pyramid.security import Authenticated, Everyone

from .users import groupfinder, load_user


def includeme(config):
    settings = config.get_settings()
    # the ticket cookie carries the login; without http_only any injected script can read and replay it
    # expect: insecure-cookie
    authn = AuthTktAuthenticationPolicy(settings["auth.secret"], callback=groupfinder, hashalg="sha512", secure=True, max_age=8 * 3600)
    config.set_authentication_policy(authn)
    config.set_authorization_policy(ACLAuthorizationPolicy())


class SecurityPolicy:
    """Pyramid 2 style policy built on the cookie helper."""

    def __init__(self, secret):
        # expect: insecure-cookie
        self.helper = AuthTktCookieHelper(secret, cookie_name="portal_tkt", hashalg="sha512", secure=True, samesite="Lax")

    def identity(self, request):
        ticket = self.helper.identify(request)
        if ticket is None:
            return None
        return load_user(ticket["userid"])

    def authenticated_userid(self, request):
        user = request.identity
        return None if user is None else user.id

    def permits(self, request, context, permission):
        principals = [Everyone]
        if request.identity is not None:
            principals += [Authenticated, f"user:{request.identity.id}"]
        return context.permits(principals, permission)

    def remember(self, request, userid, **kw):
        return self.helper.remember(request, userid, **kw)

    def forget(self, request, **kw):
        return self.helper.forget(request, **kw)


class AdminSecurityPolicy(SecurityPolicy):
    def __init__(self, secret):
        self.helper = AuthTktCookieHelper(secret, cookie_name="admin_tkt", hashalg="sha512", secure=True, http_only=True, samesite="Strict")


def api_policy(settings):
    # the API issues tickets only to the same-origin SPA, which never reads them from script
    return AuthTktAuthenticationPolicy(settings["api.secret"], hashalg="sha512", secure=True, http_only=True, cookie_name="api_tkt")


def policy_from_settings(settings):
    options = {"secure": True, "http_only": True, "hashalg": "sha512", "timeout": 3600}
    return AuthTktAuthenticationPolicy(settings["auth.secret"], **options)
