from django.contrib.auth import views as auth_views
from django.http import HttpResponseRedirect
from django.shortcuts import resolve_url
from django.utils.http import url_has_allowed_host_and_scheme


def login_done(request):
    next_url = request.GET.get("next") or request.POST.get("next")
    next_url = next_url or resolve_url("project-list")
    if url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return HttpResponseRedirect(next_url)
    return HttpResponseRedirect(resolve_url("project-list"))


def link_confirm(request, key):
    target = request.session.get("pw_return_to")
    if not target:
        target = "/user/"
    # expect: open-redirect
    return HttpResponseRedirect(target)


def remember_return(request):
    request.session["pw_return_to"] = request.GET.get("return_to", "/")
    return auth_views.LoginView.as_view()(request)
