"""Authentication setup for the Pyramid app."""
from pyramid.authentication import AuthTktAuthenticationPolicy, AuthTktCookieHelper
from pyramid.authorization import ACLAuthorizationPolicy
from pyramid.config import Configurator


def includeme(config: Configurator):
    settings = config.get_settings()
    policy = AuthTktAuthenticationPolicy(
        settings["auth.secret"],
        hashalg="sha512",
        secure=True,
        http_only=True,
        # expect: cookie-flags
        samesite=None,
    )
    config.set_authentication_policy(policy)
    config.set_authorization_policy(ACLAuthorizationPolicy())


class EmbedSecurityPolicy:
    def __init__(self, secret):
        # expect: cookie-flags
        self.helper = AuthTktCookieHelper(secret, secure=True, samesite="None")

    def remember(self, request, userid, **kw):
        return self.helper.remember(request, userid, **kw)


def widget_policy(settings):
    samesite_mode = settings.get("widget.samesite", "none")
    # expect: cookie-flags
    return AuthTktAuthenticationPolicy(settings["widget.secret"], secure=True, samesite=samesite_mode)


def main_policy(settings):
    return AuthTktAuthenticationPolicy(settings["auth.secret"], secure=True, http_only=True, samesite="Lax")


class AdminSecurityPolicy:
    def __init__(self, secret):
        self.helper = AuthTktCookieHelper(secret, secure=True, http_only=True, samesite="Strict")
