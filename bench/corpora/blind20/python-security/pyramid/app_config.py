"""Pyramid application factory: sessions, auth policy and CSRF defaults."""
import os

from pyramid.authentication import AuthTktAuthenticationPolicy, AuthTktCookieHelper
from pyramid.config import Configurator
from pyramid.csrf import CookieCSRFStoragePolicy
from pyramid.session import SignedCookieSessionFactory


def main(global_config, **settings):
    # expect: hardcoded-secret
    session_factory = SignedCookieSessionFactory("itsaseekreet")
    config = Configurator(settings=settings, session_factory=session_factory)
    config.set_default_csrf_options(require_csrf=True)
    config.include("pyramid_jinja2")
    config.add_route("home", "/")
    config.scan(".views")
    return config.make_wsgi_app()


def main_hardened(global_config, **settings):
    session_factory = SignedCookieSessionFactory(
        settings["session.secret"], secure=True, httponly=True, samesite="Lax", timeout=3600,
    )
    config = Configurator(settings=settings, session_factory=session_factory)
    config.set_csrf_storage_policy(CookieCSRFStoragePolicy(secure=True, samesite="Strict"))
    config.set_default_csrf_options(require_csrf=True)
    config.scan(".views")
    return config.make_wsgi_app()


def main_api(global_config, **settings):
    config = Configurator(settings=settings)
    # expect: csrf
    config.set_default_csrf_options(require_csrf=False)
    # expect: weak-hash
    policy = AuthTktAuthenticationPolicy(os.environ["AUTH_SECRET"], hashalg="md5")
    config.set_authentication_policy(policy)
    config.scan(".api")
    return config.make_wsgi_app()


class SecurityPolicy:
    def __init__(self, secret: str) -> None:
        self.helper = AuthTktCookieHelper(secret, hashalg="sha512", secure=True, http_only=True)

    def identity(self, request):
        return self.helper.identify(request)

    def remember(self, request, userid, **kw):
        return self.helper.remember(request, userid, **kw)

    def forget(self, request, **kw):
        return self.helper.forget(request, **kw)


def legacy_policy() -> SecurityPolicy:
    # expect: hardcoded-secret
    return SecurityPolicy("pyramid-auth-secret-2018")
