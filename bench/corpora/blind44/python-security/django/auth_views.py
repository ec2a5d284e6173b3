"""Login, logout and language switching views."""
from django.contrib.auth import authenticate, login, logout
from django.http import HttpResponseRedirect
from django.shortcuts import redirect, resolve_url
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views import View


def login_view(request):
    user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
    if user is not None:
        login(request, user)
        # expect: open-redirect
        return redirect(request.GET.get("next", "/"))
    return redirect("login")


def logout_view(request):
    logout(request)
    target = request.POST["return_to"]
    # expect: open-redirect
    return HttpResponseRedirect(target)


def switch_language(request):
    lang = request.GET.get("lang", "en")
    back = request.META.get("HTTP_REFERER")
    request.session["lang"] = lang
    # expect: open-redirect
    return redirect(f"{back}?lang={lang}")


def sso_callback(request):
    portal = request.GET.get("portal")
    destination = "https://%s/welcome" % portal
    # expect: open-redirect
    return HttpResponseRedirect(destination)


class ContinueView(View):
    def get(self, request):
        base = request.GET["continue"]
        # expect: open-redirect
        return redirect("{}#done".format(base))


def safe_login_redirect(request):
    next_url = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}, require_https=True):
        next_url = resolve_url("home")
    return redirect(next_url)


def profile_redirect(request):
    return HttpResponseRedirect(reverse("profile", kwargs={"pk": request.user.pk}))
