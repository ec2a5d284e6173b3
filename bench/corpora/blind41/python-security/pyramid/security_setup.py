"""Authentication configuration of the Pyramid app."""
from pyramid.authentication import AuthTktAuthenticationPolicy, AuthTktCookieHelper
from pyramid.authorization import ACLAuthorizationPolicy
import pyramid.authentication as pauth


def groupfinder(userid, request):
    return ["group:editors"] if userid.endswith("@editors") else []


def includeme(config):
    settings = config.get_settings()
    # expect: cookie-flags
    authn = AuthTktAuthenticationPolicy(
        settings["auth.secret"],
        callback=groupfinder,
        hashalg="sha512",
        http_only=True,
    )
    config.set_authentication_policy(authn)
    config.set_authorization_policy(ACLAuthorizationPolicy())


class SessionSecurityPolicy:
    def __init__(self, secret):
        # expect: cookie-flags
        self.helper = AuthTktCookieHelper(secret, hashalg="sha512", max_age=3600, http_only=True)

    def identity(self, request):
        return self.helper.identify(request)


def api_policy(secret):
    # expect: cookie-flags
    return pauth.AuthTktAuthenticationPolicy(secret, cookie_name="api_tkt", timeout=1200)


def secure_policy(settings):
    return AuthTktAuthenticationPolicy(settings["auth.secret"], hashalg="sha512", secure=True, http_only=True)


def policy_from_settings(settings):
    options = {"secure": True, "http_only": True, "hashalg": "sha512"}
    return AuthTktAuthenticationPolicy(settings["auth.secret"], **options)
