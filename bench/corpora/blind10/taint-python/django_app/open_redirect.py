# library: Django (redirect / HttpResponseRedirect with request data)
"""Post-login and language switch redirects."""
from django.conf import settings
from django.http import HttpResponseRedirect
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme


def after_login(request):
    # expect: open-redirect
    return redirect(request.GET.get("next", "/"))


def after_login_safe(request):
    target = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        target = settings.LOGIN_REDIRECT_URL
    return redirect(target)


def switch_language(request):
    # expect: open-redirect
    return HttpResponseRedirect(request.META.get("HTTP_REFERER", "/"))


def go(request):
    # expect: open-redirect
    return HttpResponseRedirect(request.POST["return_to"])


def profile_shortcut(request):
    return redirect("accounts:profile", username=request.GET.get("u", "me"))
