"""Security configuration for the wiki: policies, sessions, CSRF."""
from pyramid.authentication import AuthTktCookieHelper
from pyramid.csrf import CookieCSRFStoragePolicy
from pyramid.security import Allow, Authenticated, Everyone
from pyramid.session import SignedCookieSessionFactory

GROUPS = {"editor": ["group:editors"], "admin": ["group:admins"]}


def groupfinder(userid, request):
    return GROUPS.get(userid, [])


class RootFactory:
    __acl__ = [(Allow, Everyone, "view"), (Allow, Authenticated, "edit"), (Allow, "group:admins", "admin")]

    def __init__(self, request):
        self.request = request


class SecurityPolicy:
    def __init__(self, secret):
        # expect: pyramid-authtkt-insecure-defaults
        self.helper = AuthTktCookieHelper(secret, hashalg="sha512")

    def identity(self, request):
        return self.helper.identify(request)


class HardenedSecurityPolicy:
    def __init__(self, secret):
        self.helper = AuthTktCookieHelper(secret, hashalg="sha512", secure=True, http_only=True, samesite="Strict")

    def identity(self, request):
        return self.helper.identify(request)


def includeme(config):
    settings = config.get_settings()
    config.set_security_policy(HardenedSecurityPolicy(settings["auth.secret"]))
    config.set_session_factory(SignedCookieSessionFactory(settings["session.secret"], secure=True, httponly=True))
    config.set_csrf_storage_policy(CookieCSRFStoragePolicy(secure=True, httponly=True))
    config.set_default_csrf_options(require_csrf=True, check_origin=True)
    config.set_root_factory(RootFactory)


def include_legacy(config):
    settings = config.get_settings()
    # expect: pyramid-csrf-origin-disabled
    config.set_default_csrf_options(require_csrf=True, check_origin=False)
    # expect: pyramid-session-insecure-defaults
    config.set_session_factory(SignedCookieSessionFactory(settings["session.secret"], httponly=True))
    # expect: pyramid-csrf-cookie-insecure
    config.set_csrf_storage_policy(CookieCSRFStoragePolicy(secure=False))
    config.add_view("wiki.views.api_ping", route_name="api_ping", renderer="json", require_csrf=False,
                    request_method="GET")
