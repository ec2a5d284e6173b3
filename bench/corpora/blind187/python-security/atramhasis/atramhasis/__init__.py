"""Pyramid application factory for the Atramhasis SKOS editor."""
import os

from pyramid.config import Configurator
from pyramid.session import SignedCookieSessionFactory


def includeme(config):
    config.add_static_view("static", "static", cache_max_age=3600)
    config.add_route("home", "/")
    config.add_route("locale", "/locale")
    config.add_route("conceptschemes", "/conceptschemes")
    config.add_route("conceptscheme", "/conceptschemes/{scheme_id}")
    config.add_route("search_result", "/conceptschemes/{scheme_id}/c")
    config.add_route("concept", "/conceptschemes/{scheme_id}/c/{c_id}")
    config.add_route("label_search", "/conceptschemes/{scheme_id}/labels")
    config.add_route("admin", "/admin")
    config.add_route("admin_import", "/admin/import/{scheme_id}")
    config.add_route("admin_export", "/admin/export/{scheme_id}")
    config.include("pyramid_skosprovider")


def main(global_config, **settings):
    session_factory = SignedCookieSessionFactory(
        os.environ["ATRAMHASIS_SESSION_SECRET"], secure=True, httponly=True, samesite="Lax"
    )
    config = Configurator(settings=settings, session_factory=session_factory)
    config.include("pyramid_jinja2")
    config.include("pyramid_tm")
    config.include("pyramid_rewrite")
    config.include("atramhasis.data:db")
    config.include(includeme)
    config.add_renderer("csv", "atramhasis.renderers.CSVRenderer")
    config.add_translation_dirs("atramhasis:locale/")
    config.set_locale_negotiator("atramhasis.utils.custom_locale_negotiator")
    config.scan()
    return config.make_wsgi_app()


def available_languages(settings):
    return [lang.strip() for lang in settings.get("available_languages", "en nl fr").split() if lang.strip()]


def default_language(settings):
    langs = available_languages(settings)
    return langs[0] if langs else "en"
