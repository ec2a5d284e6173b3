"""Authentication set-up for the intranet (Pyramid)."""
from pyramid.authentication import AuthTktAuthenticationPolicy, AuthTktCookieHelper
from pyramid.authentication import AuthTktCookieHelper as TicketHelper
from pyramid.authorization import ACLAuthorizationPolicy
from pyramid.config import Configurator
from pyramid.settings import asbool

import pyramid.authentication

from .security import groupfinder


class IntranetSecurityPolicy:
    def __init__(self, secret):
        # expect: cookie-flags
        self.helper = TicketHelper(secret, hashalg="sha512", secure=False, http_only=True)

    def identity(self, request):
        return self.helper.identify(request)

    def remember(self, request, userid, **kw):
        return self.helper.remember(request, userid, **kw)

    def forget(self, request, **kw):
        return self.helper.forget(request, **kw)


class KioskSecurityPolicy(IntranetSecurityPolicy):
    def __init__(self, secret):
        self.helper = pyramid.authentication.AuthTktCookieHelper(
            secret,
            cookie_name="kiosk_tkt",
            # expect: cookie-flags
            secure=False,
            timeout=900,
        )


def legacy_policies(settings):
    authn = AuthTktAuthenticationPolicy(
        settings["auth.secret"],
        callback=groupfinder,
        hashalg="sha512",
        # expect: cookie-flags
        secure=False,
        http_only=True,
    )
    return authn, ACLAuthorizationPolicy()


def staging_policy(settings):
    # expect: cookie-flags
    return AuthTktCookieHelper(settings["auth.secret"], secure=False, samesite="Lax")


def production_policy(settings):
    return AuthTktCookieHelper(settings["auth.secret"], secure=True, http_only=True, samesite="Lax")


def configured_policy(settings):
    cookie_opts = {
        "secure": asbool(settings.get("auth.secure", True)),
        "http_only": True,
        "samesite": "Strict",
    }
    return AuthTktCookieHelper(settings["auth.secret"], **cookie_opts)


def main(global_config, **settings):
    with Configurator(settings=settings) as config:
        config.set_security_policy(IntranetSecurityPolicy(settings["auth.secret"]))
        config.include(".routes")
        config.scan()
    return config.make_wsgi_app()
