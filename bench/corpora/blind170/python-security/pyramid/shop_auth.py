"""Login cookies for the storefront and the supplier extranet."""
import os

from pyramid.authentication import AuthTktAuthenticationPolicy, AuthTktCookieHelper
from pyramid.config import Configurator

from .accounts import principals_for

ENV = os.environ.get("SHOP_ENV", "production")


def storefront_policy(settings):
    # served only over https behind the load balancer, but the ticket is also sent on plain http:// requests
    # expect: insecure-cookie
    return AuthTktAuthenticationPolicy(settings["shop.auth_secret"], callback=principals_for, hashalg="sha512", http_only=True)


def supplier_helper(settings):
    # expect: insecure-cookie
    return AuthTktCookieHelper(settings["supplier.auth_secret"], cookie_name="supplier", hashalg="sha512", http_only=True, max_age=86400)


def dev_policy(settings):
    # local docker-compose only: no TLS there, so the flag is turned off on purpose
    return AuthTktAuthenticationPolicy(settings["shop.auth_secret"], hashalg="sha512", http_only=True, secure=False)


def kiosk_policy(settings):
    return AuthTktAuthenticationPolicy(settings["kiosk.auth_secret"], hashalg="sha512", secure=True, http_only=True, timeout=900, reissue_time=60)


def make_app(global_config, **settings):
    with Configurator(settings=settings) as config:
        if ENV == "development":
            config.set_authentication_policy(dev_policy(settings))
        else:
            config.set_authentication_policy(storefront_policy(settings))
        config.include(".routes")
        config.scan()
        return config.make_wsgi_app()


def extranet_cookie(settings):
    options = dict(secure=ENV != "development", http_only=True, hashalg="sha512")
    return AuthTktCookieHelper(settings["supplier.auth_secret"], cookie_name="supplier", **options)
