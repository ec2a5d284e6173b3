from pyramid.config import Configurator
from sqlalchemy import engine_from_config
from sqlalchemy.orm import sessionmaker


def main(global_config, **settings):
    engine = engine_from_config(settings, "sqlalchemy.")
    session_factory = sessionmaker(bind=engine)
    with Configurator(settings=settings) as config:
        config.include("pyramid_jinja2")
        config.add_request_method(lambda r: session_factory(), "dbsession", reify=True)
        config.add_tween("cms.tweens.preview_tween_factory")
        config.add_route("post", "/posts/{slug}")
        config.add_route("post_preview", "/admin/preview")
        config.add_route("post_search", "/search")
        config.add_route("theme_asset", "/themes/{theme}/{asset:.*}")
        config.add_route("snippet", "/admin/snippet")
        config.add_route("feed", "/feed.xml")
        config.scan(".views")
        return config.make_wsgi_app()
