"""Pyramid application factory for the wiki."""
from pyramid.authentication import AuthTktAuthenticationPolicy, AuthTktCookieHelper
from pyramid.authorization import ACLAuthorizationPolicy
from pyramid.config import Configurator
from pyramid.session import SignedCookieSessionFactory

from .security import groupfinder


def main(global_config, **settings):
    config = Configurator(settings=settings)
    # expect: pyramid-authtkt-insecure-defaults
    authn_policy = AuthTktAuthenticationPolicy(settings["auth.secret"], callback=groupfinder, hashalg="sha512")
    config.set_authentication_policy(authn_policy)
    config.set_authorization_policy(ACLAuthorizationPolicy())
    # expect: pyramid-session-insecure-defaults
    config.set_session_factory(SignedCookieSessionFactory(settings["session.secret"]))
    # expect: pyramid-csrf-disabled
    config.set_default_csrf_options(require_csrf=False)
    config.include("pyramid_jinja2")
    config.add_route("home", "/")
    config.add_route("page", "/wiki/{title}")
    config.scan()
    return config.make_wsgi_app()


def main_hardened(global_config, **settings):
    config = Configurator(settings=settings)
    authn_policy = AuthTktAuthenticationPolicy(settings["auth.secret"], callback=groupfinder, hashalg="sha512",
                                               secure=True, http_only=True, samesite="Lax")
    config.set_authentication_policy(authn_policy)
    config.set_authorization_policy(ACLAuthorizationPolicy())
    config.set_session_factory(SignedCookieSessionFactory(settings["session.secret"], secure=True, httponly=True,
                                                          samesite="Strict"))
    config.set_default_csrf_options(require_csrf=True)
    config.scan()
    return config.make_wsgi_app()


def legacy_helper():
    # expect: pyramid-authtkt-secure-false
    return AuthTktCookieHelper("wiki-auth-secret-93f1", secure=False, http_only=True)


def session_for_tests(settings):
    # expect: pyramid-hardcoded-session-secret
    return SignedCookieSessionFactory("itsaseekreet", secure=True, httponly=True)
