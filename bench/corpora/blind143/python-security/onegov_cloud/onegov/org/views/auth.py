"""Login and logout; both send the user back where they came from."""
from urllib.parse import urlparse

import morepath

from onegov.org.app import OrgApp


class Auth:
    def __init__(self, to=None):
        self.to = to


@OrgApp.path(model=Auth, path="/auth")
def get_auth(request, to=None):
    return Auth(to=to)


def _is_relative(url):
    parts = urlparse(url)
    return not parts.scheme and not parts.netloc and url.startswith("/")


@OrgApp.view(model=Auth, name="login", request_method="POST")
def handle_login(self, request):
    to = self.to
    if not to:
        to = request.link(request.app.root(), "")
    if request.app.authenticate(request.POST.get("username"), request.POST.get("password")):
        # expect: open-redirect
        return morepath.redirect(to)
    return morepath.redirect(request.link(self, "login"))


@OrgApp.view(model=Auth, name="logout")
def handle_logout(self, request):
    to = self.to if self.to and _is_relative(self.to) else "/"
    request.app.forget_identity(request)
    return morepath.redirect(to)
