"""Authentication policies for the public site and the admin app."""
import os

from pyramid.authentication import AuthTktAuthenticationPolicy, AuthTktCookieHelper
from pyramid.authorization import ACLAuthorizationPolicy

from .auth import groupfinder


def includeme(config):
    secret = os.environ["AUTH_SECRET"]
    # expect: insecure-cookie
    policy = AuthTktAuthenticationPolicy(secret, callback=groupfinder, hashalg="sha512", secure=False)
    config.set_authentication_policy(policy)
    config.set_authorization_policy(ACLAuthorizationPolicy())


def admin_includeme(config):
    settings = config.get_settings()
    policy = AuthTktAuthenticationPolicy(settings["admin.secret"], hashalg="sha512", secure=True, http_only=True)
    config.set_authentication_policy(policy)


def api_includeme(config):
    settings = config.get_settings()
    opts = {"secure": settings.get("auth.secure", True), "http_only": True}
    policy = AuthTktAuthenticationPolicy(settings["api.secret"], hashalg="sha512", **opts)
    config.set_authentication_policy(policy)


class TicketSecurityPolicy:
    def __init__(self, secret):
        # expect: insecure-cookie
        self.helper = AuthTktCookieHelper(secret, hashalg="sha512", secure=False, http_only=True)

    def identity(self, request):
        return self.helper.identify(request)


def kiosk_includeme(config):
    config.set_authentication_policy(
        AuthTktAuthenticationPolicy(
            os.environ["KIOSK_SECRET"],
            hashalg="sha512",
            # expect: insecure-cookie
            secure=False,
        )
    )
