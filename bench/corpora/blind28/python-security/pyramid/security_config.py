from pyramid.authentication import AuthTktAuthenticationPolicy, AuthTktCookieHelper
from pyramid.authentication import AuthTktCookieHelper as TicketHelper
from pyramid.authorization import ACLAuthorizationPolicy
from pyramid.config import Configurator


class SecurityPolicy:
    def __init__(self, secret, **cookie_kw):
        # expect: cookie-flags
        self.helper = AuthTktCookieHelper(secret, hashalg="sha512", samesite=None, **cookie_kw)

    def identity(self, request):
        return self.helper.identify(request)


def includeme(config: Configurator):
    settings = config.get_settings()
    # expect: cookie-flags
    authn = AuthTktAuthenticationPolicy(
        settings["auth.secret"],
        hashalg="sha512",
        secure=True,
        httponly=True,
        samesite="None",
    )
    config.set_authentication_policy(authn)
    config.set_authorization_policy(ACLAuthorizationPolicy())


def partner_portal_policy(settings):
    mode = settings.get("auth.samesite", "none")
    # expect: cookie-flags
    return TicketHelper(settings["partner.secret"], secure=True, httponly=True, samesite=mode)


def admin_policy(settings):
    return AuthTktCookieHelper(settings["admin.secret"], hashalg="sha512", secure=True,
                               httponly=True, samesite="Strict")


def default_policy(settings):
    return AuthTktCookieHelper(settings["auth.secret"], hashalg="sha512", secure=True,
                               httponly=True, samesite="Lax")
