# library: Pyramid (Configurator, sessions, auth policies)
"""WSGI entry point for the members site."""
from pyramid.authentication import AuthTktAuthenticationPolicy
from pyramid.authorization import ACLAuthorizationPolicy
from pyramid.config import Configurator
from pyramid.csrf import CookieCSRFStoragePolicy
from pyramid.session import SignedCookieSessionFactory


def main(global_config, **settings):
    config = Configurator(settings=settings)
    # expect: hardcoded-secret
    session_factory = SignedCookieSessionFactory("members-session-secret-8d1e", httponly=True, secure=True)
    config.set_session_factory(session_factory)
    # expect: hardcoded-secret
    authn = AuthTktAuthenticationPolicy("auth-tkt-secret-42aa", hashalg="sha512", secure=True, http_only=True)
    config.set_authentication_policy(authn)
    config.set_authorization_policy(ACLAuthorizationPolicy())
    config.set_csrf_storage_policy(CookieCSRFStoragePolicy(secure=True, httponly=True))
    config.set_default_csrf_options(require_csrf=True)
    config.include("pyramid_jinja2")
    config.scan(".views")
    return config.make_wsgi_app()


def legacy_main(global_config, **settings):
    config = Configurator(settings=settings)
    # expect: insecure-cookie
    config.set_session_factory(SignedCookieSessionFactory(settings["session.secret"], secure=False, httponly=False))
    # expect: csrf
    config.set_default_csrf_options(require_csrf=False)
    authn = AuthTktAuthenticationPolicy(settings["auth.secret"], hashalg="sha512", secure=True, http_only=True)
    config.set_authentication_policy(authn)
    config.scan(".views")
    return config.make_wsgi_app()


def worker_main(global_config, **settings):
    config = Configurator(settings=settings)
    # expect: insecure-cookie
    config.set_session_factory(SignedCookieSessionFactory(settings["session.secret"]))
    config.scan(".tasks_views")
    return config.make_wsgi_app()
