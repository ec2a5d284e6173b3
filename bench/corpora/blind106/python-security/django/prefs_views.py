"""User preference views: theme, language, tracking consent."""
from django.conf import settings
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.views.decorators.http import require_POST

THEME_COOKIE = "theme"


@require_POST
def set_theme(request):
    response = HttpResponseRedirect("/settings/")
    # expect: insecure-cookie
    response.set_cookie(THEME_COOKIE, request.POST.get("theme", "light"), max_age=31536000)
    return response


def remember_device(request):
    response = HttpResponse("ok")
    # expect: insecure-cookie
    response.set_cookie("device_id", request.session.session_key, secure=True, httponly=True)
    return response


def consent(request):
    response = render(request, "prefs/consent.html")
    # expect: insecure-cookie
    response.set_cookie(key="consent", value="granted", samesite="Lax")
    return response


def set_language(request):
    response = HttpResponseRedirect("/")
    response.set_cookie(settings.LANGUAGE_COOKIE_NAME, request.POST.get("language", "en"), secure=True, httponly=True, samesite="Lax")
    return response


def remember_device_safe(request):
    response = HttpResponse("ok")
    response.set_cookie("device_id", request.session.session_key, secure=True, httponly=True, samesite="Strict")
    return response


def forget_device(request):
    response = HttpResponse("ok")
    response.delete_cookie("device_id")
    return response
