"""Authentication set-up of the partner portal (Pyramid)."""
import os

from pyramid.authentication import AuthTktAuthenticationPolicy, AuthTktCookieHelper
from pyramid.authorization import ACLAuthorizationPolicy

from .security import groupfinder


def includeme(config):
    settings = config.get_settings()
    # expect: insecure-cookie
    authn = AuthTktAuthenticationPolicy(settings["auth.secret"], callback=groupfinder, hashalg="sha512", secure=True, http_only=True, samesite=None)
    config.set_authentication_policy(authn)
    config.set_authorization_policy(ACLAuthorizationPolicy())


def embed_policy():
    # expect: insecure-cookie
    return AuthTktAuthenticationPolicy(os.environ["EMBED_SECRET"], hashalg="sha512", secure=True, http_only=True, samesite="None")


def admin_policy():
    return AuthTktAuthenticationPolicy(os.environ["ADMIN_SECRET"], hashalg="sha512", secure=True, http_only=True, samesite="Strict")


def default_policy():
    return AuthTktAuthenticationPolicy(os.environ["APP_SECRET"], hashalg="sha512", secure=True, http_only=True, samesite="Lax")


class PortalSecurityPolicy:
    def __init__(self, secret):
        # expect: insecure-cookie
        self.helper = AuthTktCookieHelper(secret, hashalg="sha512", secure=True, http_only=True, samesite=None)

    def identity(self, request):
        return self.helper.identify(request)

    def remember(self, request, userid, **kw):
        return self.helper.remember(request, userid, **kw)

    def forget(self, request, **kw):
        return self.helper.forget(request, **kw)


class LaxSecurityPolicy(PortalSecurityPolicy):
    def __init__(self, secret):
        self.helper = AuthTktCookieHelper(secret, hashalg="sha512", secure=True, http_only=True)
