"""
Account views: login with a return address.
"""
from django.conf import settings
from django.contrib.auth import authenticate, login
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.utils.http import url_has_allowed_host_and_scheme


def website_login(request):
    if request.method != "POST":
        return render(request, "website/login.html", {"next": request.GET.get("next", "")})
    account = authenticate(
        request, username=request.POST.get("username"), password=request.POST.get("password")
    )
    if account is None:
        return render(request, "website/login.html", {"error": True})
    login(request, account)
    next_url = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return HttpResponseRedirect(next_url)
    return HttpResponseRedirect(settings.LOGIN_REDIRECT_URL)


def webclient_redirect(request):
    target = request.GET.get("to")
    if not target:
        target = "/webclient/"
    # expect: open-redirect
    return HttpResponseRedirect(target)
