"""WSGI application factory of the CMS (Pyramid, traversal)."""
from pyramid.config import Configurator
from sqlalchemy import engine_from_config

from .resources import DBSession, get_root


def main(global_config, **settings):
    engine = engine_from_config(settings, "sqlalchemy.")
    DBSession.configure(bind=engine)
    config = Configurator(settings=settings, root_factory=get_root)
    config.include("pyramid_chameleon")
    config.add_tween("kotti_cms.tweens.request_context_tween_factory")
    config.add_static_view("static-kotti", "kotti_cms:static")
    config.add_route("search", "/@@search")
    config.scan(".views")
    return config.make_wsgi_app()
