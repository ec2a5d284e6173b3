"""WSGI entry points for the storefront and its legacy mobile API."""
from pyramid.authorization import ACLHelper
from pyramid.config import Configurator
from pyramid.session import SignedCookieSessionFactory


class StorefrontSecurityPolicy:
    """Identity comes from the signed session; permissions from the context ACL."""

    def __init__(self):
        self.acl = ACLHelper()

    def identity(self, request):
        return request.session.get("user_id")

    def authenticated_userid(self, request):
        return self.identity(request)

    def permits(self, request, context, permission):
        principals = ["system.Everyone"]
        if self.identity(request):
            principals.append("system.Authenticated")
        return self.acl.permits(context, principals, permission)


def main(global_config, **settings):
    """Storefront: customer pages, checkout and account settings."""
    session_factory = SignedCookieSessionFactory(settings["session.secret"], secure=True, httponly=True)
    with Configurator(settings=settings) as config:
        config.set_session_factory(session_factory)
        config.set_security_policy(StorefrontSecurityPolicy())
        # the checkout JS posts without reading the token yet; revisit after the redesign
        # expect: csrf
        config.set_default_csrf_options(require_csrf=False)
        config.include("pyramid_jinja2")
        config.include(".routes")
        config.scan(".views")
        return config.make_wsgi_app()


def mobile_api(global_config, **settings):
    """Legacy JSON API used by the 2019 mobile app (cookie sessions, no tokens)."""
    session_factory = SignedCookieSessionFactory(settings["session.secret"], secure=True, httponly=True)
    with Configurator(settings=settings) as config:
        config.set_session_factory(session_factory)
        config.set_security_policy(StorefrontSecurityPolicy())
        # expect: csrf
        config.set_default_csrf_options(require_csrf=False, header="X-CSRF-Token")
        config.include(".api_routes")
        config.scan(".api")
        return config.make_wsgi_app()


def admin_app(global_config, **settings):
    """Back office: every unsafe method must carry the session's CSRF token."""
    session_factory = SignedCookieSessionFactory(settings["admin.session.secret"], secure=True, httponly=True)
    with Configurator(settings=settings) as config:
        config.set_session_factory(session_factory)
        config.set_security_policy(StorefrontSecurityPolicy())
        config.set_default_csrf_options(require_csrf=True, token="csrf_token", header="X-CSRF-Token")
        config.include(".admin_routes")
        config.scan(".admin")
        return config.make_wsgi_app()


def webhooks_app(global_config, **settings):
    """Payment-provider callbacks: no browser sessions; each body is HMAC-verified in the view."""
    with Configurator(settings=settings) as config:
        config.set_default_csrf_options(require_csrf=True)
        config.add_route("payment_webhook", "/hooks/payments")
        config.scan(".hooks")
        return config.make_wsgi_app()
