"""Login flow: the return URL is kept in the session before the auth system runs."""
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme

from helios_auth.auth_systems import AUTH_SYSTEMS


def start(request, system_name):
    request.session["auth_return_url"] = request.GET.get("return_url", "/")
    return AUTH_SYSTEMS[system_name].get_auth_url(request, reverse("auth@after", args=[system_name]))


def after(request, system_name):
    user = AUTH_SYSTEMS[system_name].get_user_info_after_auth(request)
    request.session["user"] = user
    return_url = request.session.get("auth_return_url")
    if not return_url:
        return_url = "/"
    # expect: open-redirect
    return HttpResponseRedirect(return_url)


def logout(request):
    return_url = request.GET.get("return_url", "/")
    request.session.flush()
    if not url_has_allowed_host_and_scheme(return_url, allowed_hosts={request.get_host()}):
        return_url = "/"
    return HttpResponseRedirect(return_url)
