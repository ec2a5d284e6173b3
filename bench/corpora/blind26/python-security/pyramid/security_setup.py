"""Pyramid configuration for the members site."""
import os

from pyramid.authentication import AuthTktAuthenticationPolicy, AuthTktCookieHelper
from pyramid.authorization import ACLAuthorizationPolicy
from pyramid.config import Configurator

SECRET = os.environ["AUTH_SECRET"]


def main(global_config, **settings):
    config = Configurator(settings=settings)
    # expect: insecure-cookie
    authn = AuthTktAuthenticationPolicy(SECRET, hashalg="sha512")
    config.set_authentication_policy(authn)
    config.set_authorization_policy(ACLAuthorizationPolicy())
    return config.make_wsgi_app()


class SecurityPolicy:
    def __init__(self, secret):
        # expect: insecure-cookie
        self.helper = AuthTktCookieHelper(secret, hashalg="sha512", http_only=True)
        self.strict = AuthTktCookieHelper(secret, hashalg="sha512", secure=True, http_only=True, samesite="Lax")


def api_policy(secret):
    return AuthTktAuthenticationPolicy(secret, hashalg="sha512", secure=True, http_only=True)
