"""Authentication and authorization policies for the Pyramid back-office."""
from pyramid.authentication import AuthTktAuthenticationPolicy, AuthTktCookieHelper
from pyramid.authorization import ACLAuthorizationPolicy
from pyramid.settings import asbool

from .auth import groupfinder


def includeme(config):
    settings = config.get_settings()
    secret = settings["auth.secret"]
    # expect: insecure-cookie
    authn = AuthTktAuthenticationPolicy(secret, callback=groupfinder, hashalg="sha512", secure=False, http_only=True)
    config.set_authentication_policy(authn)
    config.set_authorization_policy(ACLAuthorizationPolicy())


def partner_policy(settings):
    """Partners log in on partners.example.com, always over HTTPS."""
    return AuthTktAuthenticationPolicy(
        settings["partner.auth.secret"],
        callback=groupfinder,
        cookie_name="partner_tkt",
        hashalg="sha512",
        secure=True,
        http_only=True,
    )


def impersonation_helper(settings):
    """Support staff can act as a customer; this cookie carries the customer's id."""
    # expect: insecure-cookie
    return AuthTktCookieHelper(settings["impersonate.secret"], cookie_name="as_user", secure=False, timeout=1800)


def kiosk_policy(settings):
    # expect: insecure-cookie
    return AuthTktAuthenticationPolicy(settings["kiosk.secret"], cookie_name="kiosk_tkt", hashalg="sha512", secure=False)


def api_helper(settings):
    opts = {
        "cookie_name": "api_tkt",
        "secure": asbool(settings.get("api.cookie_secure", True)),
        "http_only": True,
        "hashalg": "sha512",
    }
    return AuthTktCookieHelper(settings["api.secret"], **opts)


def reporting_helper(settings):
    return AuthTktCookieHelper(settings["reporting.secret"], cookie_name="rep_tkt", secure=True, hashalg="sha512")
