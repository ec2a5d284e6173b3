"""Authentication configuration for the Pyramid customer portal."""
import logging

from pyramid.authentication import AuthTktAuthenticationPolicy, AuthTktCookieHelper
from pyramid.authorization import ACLAuthorizationPolicy

log = logging.getLogger(__name__)


def groupfinder(userid, request):
    user = request.dbsession.query_user(userid)
    return ["group:admins"] if user and user.is_admin else []


def includeme(config):
    settings = config.get_settings()
    # expect: insecure-cookie
    authn = AuthTktAuthenticationPolicy(settings["auth.secret"], callback=groupfinder, hashalg="sha512", secure=True)
    config.set_authentication_policy(authn)
    config.set_authorization_policy(ACLAuthorizationPolicy())


class PortalSecurityPolicy:
    def __init__(self, secret):
        # expect: insecure-cookie
        self.helper = AuthTktCookieHelper(secret, hashalg="sha512", secure=True, samesite="Lax")

    def identity(self, request):
        return self.helper.identify(request)

    def remember(self, request, userid, **kw):
        return self.helper.remember(request, userid, **kw)

    def forget(self, request, **kw):
        return self.helper.forget(request, **kw)


class PartnerSecurityPolicy(PortalSecurityPolicy):
    def __init__(self, secret):
        self.helper = AuthTktCookieHelper(secret, hashalg="sha512", secure=True, httponly=True, samesite="Strict")


def admin_policy(settings):
    return AuthTktAuthenticationPolicy(
        settings["admin.secret"], callback=groupfinder, hashalg="sha512", secure=True, httponly=True
    )


def api_policy(settings):
    opts = {"hashalg": "sha512", "secure": True, "httponly": True, "samesite": "Strict"}
    return AuthTktCookieHelper(settings["api.secret"], **opts)


def legacy_policy(settings):
    log.warning("legacy auth cookie policy enabled")
    # expect: insecure-cookie
    return AuthTktAuthenticationPolicy(settings["legacy.secret"], cookie_name="legacy_tkt", timeout=3600)
