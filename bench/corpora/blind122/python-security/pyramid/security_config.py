"""Authentication setup for the Pyramid apps (admin site, API, partner portal)."""
import os

from pyramid.authentication import (
    AuthTktAuthenticationPolicy,
    AuthTktCookieHelper,
    SessionAuthenticationPolicy,
)
from pyramid.authorization import ACLAuthorizationPolicy

from .security import groupfinder, load_user

AUTH_COOKIE_FLAGS = {"secure": True, "http_only": True, "samesite": "Lax"}


def includeme(config):
    settings = config.registry.settings
    # expect: insecure-cookie
    authn = AuthTktAuthenticationPolicy(settings["auth.secret"], callback=groupfinder, hashalg="sha512", http_only=True)
    config.set_authentication_policy(authn)
    config.set_authorization_policy(ACLAuthorizationPolicy())


class PortalSecurityPolicy:
    """Pyramid 2 security policy for the partner portal."""

    def __init__(self, secret):
        # expect: insecure-cookie
        self.helper = AuthTktCookieHelper(secret, cookie_name="portal_auth", max_age=86400, hashalg="sha512")

    def identity(self, request):
        identity = self.helper.identify(request)
        return load_user(identity["userid"]) if identity else None

    def authenticated_userid(self, request):
        user = self.identity(request)
        return user.id if user else None

    def remember(self, request, userid, **kw):
        return self.helper.remember(request, userid, **kw)

    def forget(self, request, **kw):
        return self.helper.forget(request, **kw)


class AdminSecurityPolicy(PortalSecurityPolicy):
    def __init__(self, secret):
        self.helper = AuthTktCookieHelper(secret, cookie_name="admin_auth", secure=True, http_only=True, hashalg="sha512")


class ApiSecurityPolicy(PortalSecurityPolicy):
    def __init__(self, secret):
        self.helper = AuthTktCookieHelper(secret, cookie_name="api_auth", hashalg="sha512", **AUTH_COOKIE_FLAGS)


def kiosk_includeme(config):
    secret = os.environ["KIOSK_AUTH_SECRET"]
    # expect: insecure-cookie
    policy = AuthTktAuthenticationPolicy(secret, cookie_name="kiosk", timeout=3600, reissue_time=360, hashalg="sha512")
    config.set_authentication_policy(policy)


def staff_includeme(config):
    config.set_authentication_policy(SessionAuthenticationPolicy(callback=groupfinder))
    config.set_authorization_policy(ACLAuthorizationPolicy())


def secure_includeme(config):
    secret = os.environ["AUTH_SECRET"]
    policy = AuthTktAuthenticationPolicy(secret, secure=True, http_only=True, hashalg="sha512")
    config.set_authentication_policy(policy)
