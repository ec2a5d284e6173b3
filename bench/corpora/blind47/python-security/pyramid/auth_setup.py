"""Authentication set-up for the intranet app."""
import os

from pyramid.authentication import AuthTktAuthenticationPolicy as TktPolicy
from pyramid.authentication import AuthTktCookieHelper
from pyramid.authorization import ACLAuthorizationPolicy
from pyramid.config import Configurator

SECRET = os.environ["AUTH_SECRET"]
TKT_OPTS = {"secure": True, "httponly": True, "samesite": "Lax", "hashalg": "sha512"}


class SessionSecurityPolicy:
    def __init__(self, secret):
        # expect: cookie-flags
        self.helper = AuthTktCookieHelper(secret, secure=False, httponly=True, hashalg="sha512")

    def identity(self, request):
        return self.helper.identify(request)

    def remember(self, request, userid, **kw):
        return self.helper.remember(request, userid, **kw)

    def forget(self, request, **kw):
        return self.helper.forget(request, **kw)


def legacy_policy(settings):
    # expect: cookie-flags
    return TktPolicy(SECRET, callback=None, secure=False, hashalg="sha512")


def includeme(config):
    policy = TktPolicy(
        SECRET,
        hashalg="sha512",
        # expect: cookie-flags
        secure=False,
        timeout=1800,
    )
    config.set_authentication_policy(policy)
    config.set_authorization_policy(ACLAuthorizationPolicy())


def main(global_config, **settings):
    with Configurator(settings=settings) as config:
        config.set_security_policy(SecureSecurityPolicy(SECRET))
        return config.make_wsgi_app()


class SecureSecurityPolicy(SessionSecurityPolicy):
    def __init__(self, secret):
        self.helper = AuthTktCookieHelper(secret, secure=True, httponly=True, hashalg="sha512")


def strict_policy():
    return TktPolicy(SECRET, **TKT_OPTS)
