"""Pyramid entry point: request methods, the client-info tween and cornice services."""
import logging

from pyramid.config import Configurator
from sqlalchemy import engine_from_config
from sqlalchemy.orm import sessionmaker

log = logging.getLogger(__name__)

Session = sessionmaker()


def get_db_session(request):
    session = Session()

    def cleanup(request):
        if request.exception is not None:
            session.rollback()
        else:
            session.commit()
        session.close()

    request.add_finished_callback(cleanup)
    return session


def get_user(request):
    userid = request.authenticated_userid
    if not userid:
        return None
    return request.db.execute("SELECT id, name FROM users WHERE name = :n", {"n": userid}).first()


def client_info_tween_factory(handler, registry):
    """Copy the client's self-description into the WSGI environ for later logging."""

    def client_info_tween(request):
        agent = request.headers.get("User-Agent", "")
        request.environ["bodhi.client_version"] = request.headers.get("X-Bodhi-Client", "unknown")
        request.environ["bodhi.agent"] = agent[:200]
        return handler(request)

    return client_info_tween


def main(global_config, **settings):
    engine = engine_from_config(settings, "sqlalchemy.")
    Session.configure(bind=engine)
    config = Configurator(settings=settings)
    config.include("cornice")
    config.add_request_method(get_db_session, "db", reify=True)
    config.add_request_method(get_user, "user", reify=True)
    config.add_tween("bodhi_updates.client_info_tween_factory")
    config.scan("bodhi_updates.services")
    return config.make_wsgi_app()
