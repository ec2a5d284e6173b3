"""Authentication set-up for the Pyramid customer portal."""
import os

from pyramid.authentication import AuthTktCookieHelper
from pyramid.authorization import ACLHelper, Authenticated, Everyone

from .models import lookup_user


class PortalSecurityPolicy:
    def __init__(self, secret, settings):
        # expect: insecure-cookie
        self.helper = AuthTktCookieHelper(secret, hashalg="sha512", secure=True, http_only=True, samesite=None)
        self.acl = ACLHelper()

    def identity(self, request):
        identity = self.helper.identify(request)
        if identity is None:
            return None
        return lookup_user(request.dbsession, identity["userid"])

    def authenticated_userid(self, request):
        user = request.identity
        return None if user is None else user.id

    def permits(self, request, context, permission):
        principals = [Everyone]
        if request.identity is not None:
            principals += [Authenticated, f"user:{request.identity.id}"]
        return self.acl.permits(context, principals, permission)

    def remember(self, request, userid, **kw):
        return self.helper.remember(request, userid, **kw)

    def forget(self, request, **kw):
        return self.helper.forget(request, **kw)


def admin_cookie_helper(settings):
    return AuthTktCookieHelper(settings["admin.secret"], cookie_name="adm", secure=True, http_only=True, samesite="Strict")


def staff_cookie_helper(settings):
    """Back-office staff sessions (refunds, account changes)."""
    # expect: insecure-cookie
    return AuthTktCookieHelper(settings["staff.secret"], cookie_name="staff", secure=True, http_only=True, samesite="None")


def includeme(config):
    settings = config.get_settings()
    secret = os.environ.get("PORTAL_AUTH_SECRET") or settings["auth.secret"]
    helper = AuthTktCookieHelper(secret, secure=True, http_only=True, samesite="Lax")
    config.registry["remember_helper"] = helper
    config.set_security_policy(PortalSecurityPolicy(secret, settings))
