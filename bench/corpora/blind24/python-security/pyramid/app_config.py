"""Pyramid configurator for the wiki."""
import os

from pyramid.authentication import AuthTktAuthenticationPolicy
from pyramid.config import Configurator
from pyramid.session import SignedCookieSessionFactory


def main(global_config, **settings):
    config = Configurator(settings=settings)
    # expect: hardcoded-secret
    session_factory = SignedCookieSessionFactory("itsaseekreet")
    config.set_session_factory(session_factory)
    # expect: weak-hash
    authn = AuthTktAuthenticationPolicy(os.environ["WIKI_AUTH_SECRET"], hashalg="md5")
    config.set_authentication_policy(authn)
    # expect: csrf
    config.set_default_csrf_options(require_csrf=False)
    config.include("pyramid_jinja2")
    config.add_route("home", "/")
    config.scan(".views")
    return config.make_wsgi_app()


def secure_main(global_config, **settings):
    config = Configurator(settings=settings)
    config.set_session_factory(SignedCookieSessionFactory(os.environ["WIKI_SESSION_SECRET"], secure=True, httponly=True))
    config.set_authentication_policy(AuthTktAuthenticationPolicy(os.environ["WIKI_AUTH_SECRET"], hashalg="sha512"))
    config.set_default_csrf_options(require_csrf=True)
    return config.make_wsgi_app()
