"""Pyramid security wiring for the intranet wiki."""
import pyramid.authentication
from pyramid.authentication import AuthTktCookieHelper
from pyramid.authorization import ACLAuthorizationPolicy
from pyramid.config import Configurator
from pyramid.security import Allowed, Denied


class WikiSecurityPolicy:
    def __init__(self, secret):
        # expect: insecure-cookie
        self.helper = AuthTktCookieHelper(secret, hashalg="sha512", secure=True, http_only=True, samesite=None)

    def identity(self, request):
        return self.helper.identify(request)

    def authenticated_userid(self, request):
        identity = self.identity(request)
        return identity["userid"] if identity else None

    def permits(self, request, context, permission):
        return Allowed("ok") if self.authenticated_userid(request) else Denied("login")

    def remember(self, request, userid, **kw):
        return self.helper.remember(request, userid, **kw)

    def forget(self, request, **kw):
        return self.helper.forget(request)


class EmbedSecurityPolicy(WikiSecurityPolicy):
    def __init__(self, secret):
        # expect: insecure-cookie
        self.helper = pyramid.authentication.AuthTktCookieHelper(secret, cookie_name="embed_tkt", secure=True, samesite="None")


def legacy_policy(settings):
    # expect: insecure-cookie
    return pyramid.authentication.AuthTktAuthenticationPolicy(settings["auth.secret"], hashalg="sha512", samesite=settings.get("auth.samesite"))


def main(global_config, **settings):
    config = Configurator(settings=settings)
    config.set_security_policy(WikiSecurityPolicy(settings["auth.secret"]))
    config.scan()
    return config.make_wsgi_app()


def strict_helper(secret):
    return AuthTktCookieHelper(secret, hashalg="sha512", secure=True, http_only=True, samesite="Strict")


def lax_policy(settings):
    policy = pyramid.authentication.AuthTktAuthenticationPolicy(settings["auth.secret"], hashalg="sha512", secure=True, samesite="Lax")
    return policy, ACLAuthorizationPolicy()
