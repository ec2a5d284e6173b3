"""Login, remember-me and preference views."""
from django.conf import settings
from django.contrib.auth import authenticate, login
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import render

from .tokens import make_remember_token, make_api_token

SECURE_COOKIE = {"secure": True, "httponly": True, "samesite": "Lax"}


def login_view(request):
    if request.method != "POST":
        return render(request, "accounts/login.html")
    user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
    if user is None:
        return render(request, "accounts/login.html", {"error": "Invalid credentials"}, status=401)
    login(request, user)
    response = HttpResponseRedirect("/")
    if request.POST.get("remember"):
        # expect: cookie-flags
        response.set_cookie("remember_token", make_remember_token(user), max_age=30 * 24 * 3600)
    return response


def issue_api_cookie(request):
    token = make_api_token(request.user)
    response = JsonResponse({"ok": True})
    # expect: cookie-flags
    response.set_cookie("api_token", token, httponly=True)
    return response


def impersonate(request, user_id):
    response = render(request, "admin/impersonating.html", {"target": user_id})
    # expect: cookie-flags
    response.set_cookie(
        "impersonate_sig", request.session.get("impersonation_signature", ""), max_age=900,
    )
    return response


def sso_callback(request):
    ticket = request.GET.get("ticket", "")
    response = HttpResponse(status=204)
    # expect: cookie-flags
    response.set_cookie("sso_ticket", ticket, secure=True)
    return response


def trusted_device(request):
    response = HttpResponseRedirect("/")
    response.set_cookie("device_id", request.session["device_id"], max_age=365 * 24 * 3600, **SECURE_COOKIE)
    return response


def keep_signed_in(request):
    response = JsonResponse({"ok": True})
    response.set_cookie(
        "remember_token",
        make_remember_token(request.user),
        secure=True,
        httponly=True,
        samesite="Strict",
    )
    return response


def logout_view(request):
    response = HttpResponseRedirect(settings.LOGIN_URL)
    response.delete_cookie("remember_token")
    return response
