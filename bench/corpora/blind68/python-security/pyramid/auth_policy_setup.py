"""Authentication policy wiring for the Pyramid back office."""
import os

import pyramid.authentication
from pyramid.authentication import AuthTktAuthenticationPolicy as TicketPolicy
from pyramid.authentication import AuthTktCookieHelper
from pyramid.authorization import ACLAuthorizationPolicy
from pyramid.config import Configurator

from .security import groupfinder, load_user

TKT_SECRET = os.environ["AUTH_TKT_SECRET"]
COOKIE_KW = {"secure": True, "http_only": True, "samesite": "Lax", "hashalg": "sha512"}


class BackOfficeSecurityPolicy:
    def __init__(self, secret):
        # expect: cookie-flags
        self.helper = pyramid.authentication.AuthTktCookieHelper(secret, hashalg="sha512", secure=True)

    def identity(self, request):
        identity = self.helper.identify(request)
        if identity is None:
            return None
        return load_user(request, identity["userid"])

    def remember(self, request, userid, **kw):
        return self.helper.remember(request, userid, **kw)

    def forget(self, request, **kw):
        return self.helper.forget(request, **kw)


class PartnerPortalPolicy(BackOfficeSecurityPolicy):
    def __init__(self, secret, domain):
        # expect: cookie-flags
        self.helper = AuthTktCookieHelper(
            secret,
            cookie_name="partner_tkt",
            secure=True,
            domain=domain,
            hashalg="sha512",
        )


class KioskPolicy(BackOfficeSecurityPolicy):
    def __init__(self, secret):
        self.helper = AuthTktCookieHelper(secret, **COOKIE_KW)


def legacy_policies(settings):
    # expect: cookie-flags
    authn = TicketPolicy(TKT_SECRET, callback=groupfinder, hashalg="sha512", secure=True, timeout=3600)
    return authn, ACLAuthorizationPolicy()


def reporting_policy():
    # expect: cookie-flags
    return pyramid.authentication.AuthTktAuthenticationPolicy(
        TKT_SECRET,
        cookie_name="reports_tkt",
        hashalg="sha512",
        secure=True,
    )


def api_policy():
    return pyramid.authentication.AuthTktAuthenticationPolicy(
        TKT_SECRET, hashalg="sha512", secure=True, http_only=True
    )


def main(global_config, **settings):
    config = Configurator(settings=settings)
    config.set_security_policy(BackOfficeSecurityPolicy(TKT_SECRET))
    config.scan()
    return config.make_wsgi_app()
