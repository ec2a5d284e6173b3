"""Login and language switch views."""
from django.conf import settings
from django.contrib.auth import authenticate, login
from django.http import HttpResponseRedirect
from django.shortcuts import redirect, resolve_url
from django.utils.http import url_has_allowed_host_and_scheme


def login_view(request):
    user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
    if user is None:
        return redirect("login")
    login(request, user)
    next_url = request.POST.get("next") or request.GET.get("next")
    if next_url and url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return redirect(next_url)
    return redirect(resolve_url(settings.LOGIN_REDIRECT_URL))


def logout_then(request):
    target = request.GET.get("then", "/")
    # expect: open-redirect
    return HttpResponseRedirect(target)


def switch_language(request):
    lang = request.GET.get("lang", "en")
    back = request.META.get("HTTP_REFERER")
    response = redirect("/")
    response.set_cookie(settings.LANGUAGE_COOKIE_NAME, lang, samesite="Lax")
    if back:
        # expect: open-redirect
        response = redirect(back)
    return response


def campaign_click(request, slug):
    dest = request.GET.get("to")
    if not dest:
        dest = "/"
    # expect: open-redirect
    return redirect(dest)


def docs_shortcut(request, page):
    return redirect(f"/docs/{page}/")
