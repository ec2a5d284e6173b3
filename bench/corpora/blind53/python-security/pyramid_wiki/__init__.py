"""Pyramid wiki application."""
# Routes live here rather than in a routes.py: the app is small and mounted inside the portal.
from pyramid.config import Configurator
from pyramid.session import SignedCookieSessionFactory


def main(global_config, **settings):
    session_factory = SignedCookieSessionFactory(settings["wiki.session_secret"], secure=True, httponly=True)
    with Configurator(settings=settings, session_factory=session_factory) as config:
        config.include("pyramid_chameleon")
        config.add_tween("wiki.tweens.language_tween_factory")
        config.add_tween("wiki.tweens.referrer_tween_factory")
        config.add_tween("wiki.tweens.security_headers_tween_factory")
        config.add_route("page", "/wiki/{slug}")
        config.add_route("page_raw", "/wiki/{slug}/raw")
        config.add_route("search", "/search")
        config.add_route("render", "/render")
        config.add_route("attachments", "/wiki/{slug}/files/{name}")
        config.add_route("xml_import", "/import")
        config.add_route("lang", "/lang")
        config.scan(".views")
        config.scan(".safe_views")
    return config.make_wsgi_app()


def includeme(config):
    """Allow ``config.include("wiki")`` from a composite app."""
    config.add_route("page", "/wiki/{slug}")
    config.scan(".views")
    config.add_route("search", "/search")
