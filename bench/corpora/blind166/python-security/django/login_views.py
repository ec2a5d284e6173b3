"""Sign-in, sign-out and language switch views."""
from django.conf import settings
from django.contrib.auth import authenticate, login, logout
from django.http import HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme

from .forms import LoginForm


def sign_in(request):
    form = LoginForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = authenticate(request, **form.cleaned_data)
        if user is not None:
            login(request, user)
            target = request.POST.get("next", "")
            if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
                return redirect(target)
            return redirect("dashboard")
    return render(request, "accounts/sign_in.html", {"form": form})


def sign_out(request):
    logout(request)
    # expect: open-redirect
    return redirect(request.GET.get("next", settings.LOGOUT_REDIRECT_URL))


def switch_language(request):
    lang = request.POST.get("language", "en")
    if lang not in dict(settings.LANGUAGES):
        lang = settings.LANGUAGE_CODE
    request.session["django_language"] = lang
    # expect: open-redirect
    response = HttpResponseRedirect(request.META.get("HTTP_REFERER", "/"))
    response.set_cookie(settings.LANGUAGE_COOKIE_NAME, lang)
    return response


def sso_return(request):
    return_to = request.GET["return_to"]
    # expect: open-redirect
    return HttpResponseRedirect(f"{return_to}?sso=done")


def account_home(request):
    return HttpResponseRedirect(reverse("account-detail", args=[request.user.pk]))


def legacy_profile(request, username):
    return redirect("profile", username=username)
