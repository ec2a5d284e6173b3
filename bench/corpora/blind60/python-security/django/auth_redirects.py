"""Login, logout and language switch views."""
from django.contrib.auth import authenticate, login, logout
from django.http import HttpResponseRedirect
from django.shortcuts import redirect, render
from django.shortcuts import redirect as go
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views import View


def login_view(request):
    if request.method == "POST":
        user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
        if user is not None:
            login(request, user)
            # expect: open-redirect
            return redirect(request.POST.get("next", "/"))
    return render(request, "accounts/login.html")


def logout_view(request):
    logout(request)
    target = request.GET["return_to"]
    # expect: open-redirect
    return HttpResponseRedirect(target)


def set_language(request):
    lang = request.GET.get("lang", "en")
    request.session["lang"] = lang
    # expect: open-redirect
    return go("{}?lang={}".format(request.GET.get("from"), lang))


def sso_callback(request):
    # expect: open-redirect
    response = HttpResponseRedirect(f"{request.GET['origin']}/welcome")
    response.set_cookie("sso", "1", secure=True, httponly=True, samesite="Lax")
    return response


class ContinueView(View):
    def get(self, request):
        nxt = request.META.get("HTTP_REFERER", "/")
        # expect: open-redirect
        return redirect(nxt + "#continue")


def safe_login_redirect(request):
    nxt = request.GET.get("next", "")
    if url_has_allowed_host_and_scheme(nxt, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return redirect(nxt)
    return redirect("dashboard")


def after_signup(request):
    return HttpResponseRedirect(reverse("onboarding:start") + "?step=" + str(int(request.GET.get("step", "1"))))
