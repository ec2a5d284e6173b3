"""Pyramid app setup for the member portal."""
import os

from pyramid.authentication import AuthTktAuthenticationPolicy, AuthTktCookieHelper
from pyramid.authorization import ACLAuthorizationPolicy
from pyramid.config import Configurator
from pyramid.csrf import CookieCSRFStoragePolicy


def main(global_config, **settings):
    config = Configurator(settings=settings)
    secret = os.environ["AUTH_SECRET"]
    # expect: cookie-flags
    authn = AuthTktAuthenticationPolicy(secret, hashalg="sha512")
    config.set_authentication_policy(authn)
    config.set_authorization_policy(ACLAuthorizationPolicy())
    config.set_csrf_storage_policy(CookieCSRFStoragePolicy(secure=True, httponly=True, samesite="Strict"))
    config.set_default_csrf_options(require_csrf=True)
    config.scan(".views")
    return config.make_wsgi_app()


def admin_app(global_config, **settings):
    config = Configurator(settings=settings)
    helper_opts = {"secure": True, "http_only": True, "samesite": "Strict"}
    config.registry["auth_helper"] = AuthTktCookieHelper(os.environ["ADMIN_SECRET"], **helper_opts)
    # expect: cookie-flags
    legacy = AuthTktCookieHelper(os.environ["ADMIN_SECRET"], secure=False, http_only=True)
    config.registry["legacy_helper"] = legacy
    # expect: csrf
    config.set_default_csrf_options(require_csrf=False)
    return config.make_wsgi_app()


def api_app(global_config, **settings):
    config = Configurator(settings=settings)
    # expect: csrf
    config.set_default_csrf_options(require_csrf=True, check_origin=False)
    return config.make_wsgi_app()
