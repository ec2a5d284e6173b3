from pyramid.config import Configurator
from pyramid.session import SignedCookieSessionFactory


def main(global_config, **settings):
    # expect: pyramid-insecure-session
    session_factory = SignedCookieSessionFactory(settings["session.secret"], secure=False, httponly=False)
    with Configurator(settings=settings, session_factory=session_factory) as config:
        config.include("pyramid_jinja2")
        config.add_route("supplier", "/suppliers/{id}")
        config.add_route("supplier_search", "/suppliers")
        config.add_route("go", "/go")
        config.add_route("go_home", "/")
        config.add_route("notice", "/notice")
        config.add_route("notice_text", "/notice.txt")
        config.scan(".views")
    return config.make_wsgi_app()
