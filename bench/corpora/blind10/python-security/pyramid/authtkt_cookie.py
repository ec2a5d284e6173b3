# library: Pyramid (AuthTktCookieHelper / AuthTktAuthenticationPolicy)
"""Security policy for the reviews site."""
from pyramid.authentication import AuthTktCookieHelper
from pyramid.authorization import ACLHelper


class SecurityPolicy:
    def __init__(self, settings):
        # expect: insecure-cookie
        self.helper = AuthTktCookieHelper(settings["auth.secret"], secure=False, http_only=True, hashalg="sha512")
        self.acl = ACLHelper()

    def identity(self, request):
        return self.helper.identify(request)

    def remember(self, request, userid, **kw):
        return self.helper.remember(request, userid, **kw)

    def forget(self, request, **kw):
        return self.helper.forget(request, **kw)


class StrictSecurityPolicy(SecurityPolicy):
    def __init__(self, settings):
        self.helper = AuthTktCookieHelper(settings["auth.secret"], secure=True, http_only=True, samesite="Lax", hashalg="sha512")
        self.acl = ACLHelper()


class ScriptSecurityPolicy(SecurityPolicy):
    def __init__(self, settings):
        # expect: insecure-cookie
        self.helper = AuthTktCookieHelper(settings["auth.secret"], secure=True, http_only=False, hashalg="sha512")
        self.acl = ACLHelper()
