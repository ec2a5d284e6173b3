"""Django views that set cookies directly (outside the session framework)."""
from django.conf import settings
from django.contrib.auth import authenticate
from django.utils.http import url_has_allowed_host_and_scheme
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.views.decorators.http import require_POST

from .tokens import make_api_token


@require_POST
def api_login(request):
    user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
    if user is None:
        return JsonResponse({"error": "invalid"}, status=401)
    response = JsonResponse({"ok": True})
    # expect: insecure-cookie
    response.set_cookie("api_token", make_api_token(user))
    return response


@require_POST
def api_login_hardened(request):
    user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
    if user is None:
        return JsonResponse({"error": "invalid"}, status=401)
    response = JsonResponse({"ok": True})
    response.set_cookie("api_token", make_api_token(user), max_age=3600, secure=True, httponly=True, samesite="Strict")
    return response


def set_language(request):
    next_url = request.POST.get("next", "/")
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}, require_https=True):
        next_url = "/"
    response = HttpResponseRedirect(next_url)
    response.set_cookie(settings.LANGUAGE_COOKIE_NAME, request.POST.get("language", "en"), max_age=365 * 86400)
    return response


def sso_callback(request):
    token = request.GET.get("token", "")
    response = HttpResponseRedirect("/app/")
    # expect: insecure-cookie
    response.set_cookie("sso_session", token, max_age=8 * 3600, secure=True)
    return response


def banner_dismissed(request):
    response = HttpResponse(status=204)
    response.set_cookie("banner_dismissed", "1", max_age=30 * 86400)
    return response


def signed_cart(request):
    response = JsonResponse({"ok": True})
    response.set_signed_cookie("cart", request.POST.get("cart", ""), salt="cart", secure=True, httponly=True, samesite="Lax")
    return response


SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
