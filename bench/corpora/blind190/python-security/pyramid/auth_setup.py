"""Authentication policy wiring for the intranet wiki."""
import os

from pyramid.authentication import AuthTktAuthenticationPolicy, AuthTktCookieHelper
from pyramid.authorization import ACLAuthorizationPolicy

from .security import groupfinder


def _auth_secret(settings):
    secret = settings.get("wiki.auth_secret") or os.environ.get("WIKI_AUTH_SECRET")
    if not secret:
        raise RuntimeError("wiki.auth_secret is not set")
    return secret


def includeme(config):
    settings = config.get_settings()
    secure_cookie = settings.get("wiki.https", "true") == "true"
    policy = AuthTktAuthenticationPolicy(
        _auth_secret(settings),
        callback=groupfinder,
        hashalg="sha512",
        secure=secure_cookie,
        http_only=True,
        timeout=8 * 3600,
        reissue_time=600,
    )
    config.set_authentication_policy(policy)
    config.set_authorization_policy(ACLAuthorizationPolicy())


def kiosk_policy(settings):
    """Reading-room kiosks log in with a badge; the wiki behind them is also on the public VPN name."""
    # expect: insecure-cookie
    return AuthTktAuthenticationPolicy(_auth_secret(settings), callback=groupfinder, hashalg="sha512", secure=False, http_only=True)


def api_cookie_helper(settings):
    return AuthTktCookieHelper(
        _auth_secret(settings),
        cookie_name="wiki_api",
        secure=True,
        http_only=True,
        hashalg="sha512",
    )


def impersonation_helper(settings):
    # expect: insecure-cookie
    return AuthTktCookieHelper(_auth_secret(settings), cookie_name="wiki_sudo", secure=False, hashalg="sha512")
