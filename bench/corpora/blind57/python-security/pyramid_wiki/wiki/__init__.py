from pyramid.config import Configurator
from pyramid.session import SignedCookieSessionFactory
from sqlalchemy import engine_from_config
from sqlalchemy.orm import sessionmaker


def main(global_config, **settings):
    engine = engine_from_config(settings, "sqlalchemy.")
    session_factory = sessionmaker(bind=engine)

    with Configurator(settings=settings) as config:
        config.set_session_factory(SignedCookieSessionFactory(settings["wiki.session_secret"], secure=True, httponly=True))
        config.add_request_method(lambda r: session_factory(), "dbsession", reify=True)
        config.add_tween("wiki.tweens.space_tween_factory")
        config.add_route("page", "/pages/{name}")
        config.add_route("page_v2", "/v2/pages/{name}")
        config.add_route("search", "/search")
        config.add_route("search_v2", "/v2/search")
        config.add_route("preview", "/preview")
        config.add_route("preview_v2", "/v2/preview")
        config.add_route("attachment", "/attachments/{filename}")
        config.scan(".views")
    return config.make_wsgi_app()
