"""Login, logout and language switching views."""
from django.conf import settings
from django.contrib.auth import login, logout
from django.contrib.auth.forms import AuthenticationForm
from django.http import HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views import View


def login_view(request):
    form = AuthenticationForm(request, data=request.POST or None)
    if request.method == "POST" and form.is_valid():
        login(request, form.get_user())
        # expect: open-redirect
        return redirect(request.GET.get("next", "/"))
    return render(request, "accounts/login.html", {"form": form})


def logout_view(request):
    logout(request)
    # expect: open-redirect
    return HttpResponseRedirect(request.POST["return_to"])


def welcome(request):
    # expect: open-redirect
    return redirect(f"{request.GET.get('next', '/')}?welcome=1")


class LanguageSwitchView(View):
    def post(self, request):
        request.session["lang"] = request.POST.get("lang", "en")
        next_url = request.POST.get("next", "/")
        # expect: open-redirect
        return HttpResponseRedirect(next_url)


def safe_login_redirect(request):
    next_url = request.GET.get("next", "")
    if url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return redirect(next_url)
    return redirect(settings.LOGIN_REDIRECT_URL)


def dashboard_redirect(request):
    return redirect("dashboard:index")


def profile_redirect(request):
    return HttpResponseRedirect(reverse("accounts:profile", kwargs={"pk": request.user.pk}))
