"""Authentication setup for the Pyramid app (ticket cookies)."""
import os

from pyramid.authentication import AuthTktAuthenticationPolicy, AuthTktCookieHelper
from pyramid.authentication import AuthTktCookieHelper as TicketHelper
from pyramid.authorization import ACLAuthorizationPolicy
from pyramid.config import Configurator

SECRET = os.environ["AUTH_SECRET"]
EMBED_SAMESITE = "None"


class SecurityPolicy:
    def __init__(self, secret, embedded=False):
        self.helper = AuthTktCookieHelper(
            secret,
            hashalg="sha512",
            secure=True,
            # expect: cookie-flags
            samesite="None" if embedded else "Strict",
        )

    def identity(self, request):
        identity = self.helper.identify(request)
        return identity["userid"] if identity else None

    def remember(self, request, userid, **kw):
        return self.helper.remember(request, userid, **kw)

    def forget(self, request, **kw):
        return self.helper.forget(request)


def widget_helper():
    # expect: cookie-flags
    return TicketHelper(SECRET, cookie_name="widget_tkt", secure=True, httponly=True, samesite=EMBED_SAMESITE)


def legacy_policy(settings):
    # expect: cookie-flags
    return AuthTktAuthenticationPolicy(settings["auth.secret"], hashalg="sha512", secure=True, samesite="None")


def admin_helper(settings):
    return AuthTktCookieHelper(
        settings["admin.secret"],
        secure=True,
        httponly=True,
        # expect: cookie-flags
        samesite=settings.get("admin.samesite", "none"),
    )


def main(global_config, **settings):
    config = Configurator(settings=settings)
    config.set_security_policy(SecurityPolicy(SECRET, embedded=False))
    config.add_route("home", "/")
    config.scan()
    return config.make_wsgi_app()


def api_helper():
    return AuthTktCookieHelper(SECRET, cookie_name="api_tkt", secure=True, httponly=True, samesite="Lax")


def strict_policy():
    policy = AuthTktAuthenticationPolicy(SECRET, secure=True, http_only=True, samesite="Strict", hashalg="sha512")
    return policy, ACLAuthorizationPolicy()
