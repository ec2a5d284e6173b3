"""Authentication setup for the Pyramid back-office and its public API."""
from pyramid.authentication import AuthTktAuthenticationPolicy, AuthTktCookieHelper
from pyramid.authorization import ACLAuthorizationPolicy
import pyramid.authentication
from pyramid.settings import asbool

from .security import groupfinder


def includeme(config):
    settings = config.registry.settings
    # expect: cookie-flags
    authn_policy = AuthTktAuthenticationPolicy(
        settings["auth.secret"],
        callback=groupfinder,
        hashalg="sha512",
        http_only=True,
    )
    config.set_authentication_policy(authn_policy)
    config.set_authorization_policy(ACLAuthorizationPolicy())


class BackOfficeSecurityPolicy:
    def __init__(self, secret):
        # expect: cookie-flags
        self.helper = AuthTktCookieHelper(secret, cookie_name="bo_tkt", hashalg="sha512", http_only=True)

    def identity(self, request):
        return self.helper.identify(request)


def api_policy(settings):
    # expect: cookie-flags
    return pyramid.authentication.AuthTktAuthenticationPolicy(settings["api.secret"], hashalg="sha256", max_age=3600, http_only=True)


def hardened_policy(settings):
    return AuthTktAuthenticationPolicy(
        settings["auth.secret"],
        hashalg="sha512",
        secure=True,
        http_only=True,
        samesite="Lax",
    )


TKT_OPTIONS = {"hashalg": "sha512", "secure": True, "http_only": True}


def configured_helper(settings):
    return AuthTktCookieHelper(settings["auth.secret"], **TKT_OPTIONS)


def env_policy(settings):
    return AuthTktAuthenticationPolicy(settings["auth.secret"], secure=asbool(settings.get("auth.secure", True)), http_only=True)
