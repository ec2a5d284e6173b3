"""Application factory for the member portal."""
import logging

from pyramid.config import Configurator
from pyramid.csrf import CookieCSRFStoragePolicy, SessionCSRFStoragePolicy
from pyramid.session import SignedCookieSessionFactory
from pyramid.view import view_config

log = logging.getLogger(__name__)


@view_config(route_name="webhook_ingest", request_method="POST", renderer="json", require_csrf=False)
def webhook_ingest(request):
    request.verify_webhook_signature()
    return {"ok": True}


# expect: csrf-disabled
@view_config(route_name="profile_update", request_method="POST", renderer="json", check_origin=False)
def profile_update(request):
    request.user.display_name = request.POST["display_name"]
    return {"ok": True}


def main(global_config, **settings):
    config = Configurator(settings=settings)
    config.set_session_factory(SignedCookieSessionFactory(settings["session.secret"], secure=True, httponly=True))
    config.set_csrf_storage_policy(SessionCSRFStoragePolicy())
    # expect: csrf-disabled
    config.set_default_csrf_options(require_csrf=True, check_origin=False)
    config.add_route("home", "/")
    config.add_route("profile_update", "/profile")
    config.add_route("webhook_ingest", "/hooks/ingest")
    config.scan()
    return config.make_wsgi_app()


def embedded_app(settings):
    """The widget app is served inside partner pages; origins are checked against an allowlist."""
    config = Configurator(settings=settings)
    config.set_csrf_storage_policy(CookieCSRFStoragePolicy(secure=True, samesite="none"))
    config.set_default_csrf_options(require_csrf=True, check_origin=True, allow_no_origin=False)
    settings["pyramid.csrf_trusted_origins"] = settings.get("partner_origins", "").split()
    config.scan(".widget")
    return config.make_wsgi_app()


def admin_app(settings):
    config = Configurator(settings=settings)
    config.set_session_factory(SignedCookieSessionFactory(settings["session.secret"], secure=True))
    config.set_default_csrf_options(require_csrf=True)
    # expect: csrf-disabled
    config.add_view(".admin.bulk_delete", route_name="bulk_delete", request_method="POST", check_origin=False)
    config.scan(".admin")
    return config.make_wsgi_app()
