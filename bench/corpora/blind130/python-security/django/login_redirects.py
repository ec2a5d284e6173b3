"""Login, logout and language-switch views that send the user somewhere afterwards."""
from django.conf import settings
from django.contrib.auth import authenticate, login, logout
from django.http import HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme


def login_view(request):
    if request.method == "POST":
        user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
        if user is not None:
            login(request, user)
            # expect: open-redirect
            return redirect(request.GET.get("next", "/"))
    return render(request, "accounts/login.html")


def logout_view(request):
    logout(request)
    # expect: open-redirect
    return HttpResponseRedirect(request.POST["return_to"])


def switch_language(request):
    target = request.GET.get("continue")
    request.session["lang"] = request.GET.get("lang", "en")
    # expect: open-redirect
    return redirect(target)


def safe_login_view(request):
    nxt = request.GET.get("next", "")
    if request.method == "POST":
        user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
        if user is not None:
            login(request, user)
            if url_has_allowed_host_and_scheme(nxt, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
                return redirect(nxt)
            return redirect(settings.LOGIN_REDIRECT_URL)
    return render(request, "accounts/login.html", {"next": nxt})


def home_redirect(request):
    return redirect("dashboard")


def profile_redirect(request):
    return HttpResponseRedirect(reverse("profile", kwargs={"pk": request.user.pk}))
