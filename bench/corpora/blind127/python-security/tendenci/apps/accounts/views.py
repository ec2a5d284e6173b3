"""Login view with a `next` target."""
from django.contrib.auth import authenticate, login
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.utils.http import url_has_allowed_host_and_scheme


def login_view(request, template_name="accounts/login.html"):
    if request.method != "POST":
        return render(request, template_name, {"next": request.GET.get("next", "")})
    user = authenticate(request, username=request.POST.get("username"), password=request.POST.get("password"))
    if user is None:
        return render(request, template_name, {"error": True})
    login(request, user)
    next_url = request.POST.get("next")
    if not next_url:
        next_url = request.META.get("HTTP_REFERER", "/")
    if request.POST.get("strict") and not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        next_url = "/"
    # expect: open-redirect
    return HttpResponseRedirect(next_url)


def logout_redirect(request):
    target = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        target = "/"
    return HttpResponseRedirect(target)
