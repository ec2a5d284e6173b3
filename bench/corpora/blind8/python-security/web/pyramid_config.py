# library: Pyramid
"""WSGI entry point for the wiki."""
import os

from pyramid.authentication import AuthTktAuthenticationPolicy
from pyramid.authorization import ACLAuthorizationPolicy
from pyramid.config import Configurator
from pyramid.session import SignedCookieSessionFactory


def main(global_config, **settings):
    # expect: hardcoded-secret
    session_factory = SignedCookieSessionFactory("wiki-session-secret", secure=True, httponly=True)
    authn = AuthTktAuthenticationPolicy(
        settings["auth.secret"],
        hashalg="sha512",
        secure=True,
        http_only=True,
    )
    with Configurator(settings=settings, session_factory=session_factory) as config:
        config.set_authentication_policy(authn)
        config.set_authorization_policy(ACLAuthorizationPolicy())
        config.include("pyramid_jinja2")
        config.add_route("home", "/")
        config.add_route("page", "/pages/{name}")
        config.scan(".views")
        return config.make_wsgi_app()


def legacy_main(global_config, **settings):
    # expect: weak-hash
    authn = AuthTktAuthenticationPolicy(os.environ["WIKI_AUTH_SECRET"], hashalg="md5")
    with Configurator(settings=settings) as config:
        config.set_authentication_policy(authn)
        config.set_authorization_policy(ACLAuthorizationPolicy())
        config.scan(".views")
        return config.make_wsgi_app()
