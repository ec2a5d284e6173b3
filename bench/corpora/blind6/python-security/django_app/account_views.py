"""Account views: login cookie, language preference."""
from django.conf import settings
from django.contrib.auth import authenticate, login
from django.http import HttpResponseRedirect, JsonResponse
from django.views.decorators.http import require_POST


@require_POST
def api_login(request):
    user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
    if user is None:
        return JsonResponse({"ok": False}, status=401)
    login(request, user)
    response = JsonResponse({"ok": True})
    # expect: django-cookie-without-secure
    response.set_cookie("api_session", request.session.session_key)
    return response


@require_POST
def api_login_strict(request):
    user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
    if user is None:
        return JsonResponse({"ok": False}, status=401)
    login(request, user)
    response = JsonResponse({"ok": True})
    response.set_cookie("api_session", request.session.session_key, secure=True, httponly=True, samesite="Strict")
    return response


def set_language(request, code):
    response = HttpResponseRedirect("/")
    if code in dict(settings.LANGUAGES):
        response.set_cookie(settings.LANGUAGE_COOKIE_NAME, code, secure=True, httponly=True, samesite="Lax")
    return response


def remember_device(request):
    response = HttpResponseRedirect("/")
    # expect: django-cookie-httponly-false
    response.set_cookie("device_id", request.session["device_id"], secure=True, httponly=False)
    return response
