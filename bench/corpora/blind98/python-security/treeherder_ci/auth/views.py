"""Login callback."""
from django.contrib.auth import login
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme

from .backends import AuthBackend


def login_callback(request):
    user = AuthBackend().authenticate(request)
    if user is None:
        return redirect("/login-failed")
    login(request, user, backend="treeherder.auth.backends.AuthBackend")
    target = request.GET.get("redirect_uri", "/jobs")
    if request.GET.get("checked") and not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = "/jobs"
    # expect: open-redirect
    return redirect(target)


def logout_view(request):
    target = request.GET.get("next", "/")
    return redirect(target if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}) else "/")
