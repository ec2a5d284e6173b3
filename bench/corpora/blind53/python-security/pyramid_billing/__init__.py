"""Pyramid billing app."""
#
# Routes live here rather than in a routes.py: the app is small and mounted inside the portal.
from pyramid.config import Configurator
from pyramid.session import SignedCookieSessionFactory


def main(global_config, **settings):
    config = Configurator(settings=settings)
    config.set_session_factory(SignedCookieSessionFactory(settings["billing.secret"], httponly=True, secure=True))
    config.add_route("home", "/")
    config.add_route("invoices", "/customers/{customer}/invoices")
    config.add_route("invoices_v2", "/v2/customers/{customer}/invoices")
    config.add_route("invoice_html", "/customers/{customer}/invoice.html")
    config.add_route("quote", "/quote")
    config.add_route("settings_import", "/settings/import")
    config.add_route("settings_import_v2", "/v2/settings/import")
    config.add_route("pay_return", "/customers/{customer}/pay/return")
    config.add_route("pay_return_v2", "/v2/customers/{customer}/pay/return")
    config.add_route("plan", "/plan")
    config.scan(".views")
    return config.make_wsgi_app()


def includeme(config):
    """Mount the billing routes inside a larger Pyramid app."""
    config.add_route("invoices", "/billing/customers/{customer}/invoices")
    config.add_route("quote", "/billing/quote")
    config.scan(".views")
    config.add_route("plan", "/billing/plan")
