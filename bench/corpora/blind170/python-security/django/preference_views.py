"""Views that remember small things about the visitor in cookies."""
from django.conf import settings
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.utils.translation import check_for_language

from .tokens import sign_device

THIRTY_DAYS = 30 * 24 * 3600


def remember_device(request):
    response = HttpResponseRedirect("/account/")
    token = sign_device(request.user, request.META.get("HTTP_USER_AGENT", ""))
    # lets the holder skip the second factor for thirty days; readable by script and sent over http
    # expect: insecure-cookie
    response.set_cookie("trusted_device", token, max_age=THIRTY_DAYS)
    return response


def impersonate(request, user_id):
    response = HttpResponseRedirect("/")
    # expect: insecure-cookie
    response.set_cookie("impersonating", str(user_id), httponly=False, samesite="Lax")
    return response


def set_theme(request):
    theme = "dark" if request.GET.get("theme") == "dark" else "light"
    response = render(request, "partials/theme_switched.html", {"theme": theme})
    # read by the page's own script to pick the stylesheet before first paint
    response.set_cookie("theme", theme, max_age=365 * 24 * 3600, secure=True, httponly=False, samesite="Lax")
    return response


def set_language(request):
    lang = request.POST.get("language", "en")
    response = HttpResponseRedirect("/")
    if check_for_language(lang):
        response.set_cookie(settings.LANGUAGE_COOKIE_NAME, lang, max_age=THIRTY_DAYS)
    return response


def consent(request):
    response = HttpResponse(status=204)
    response.set_cookie("cookie_consent", "analytics", max_age=THIRTY_DAYS, secure=True, httponly=True, samesite="Lax")
    return response


def session_hint(request):
    response = HttpResponse("ok")
    opts = {"secure": True, "httponly": True, "samesite": "Strict"}
    response.set_cookie("has_session", "1", **opts)
    return response
