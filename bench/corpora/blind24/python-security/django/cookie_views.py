"""Preference and session cookies for the storefront."""
from django.http import HttpResponse, JsonResponse
from django.shortcuts import redirect


def set_currency(request):
    response = redirect("catalog")
    response.set_cookie("currency", request.POST.get("currency", "EUR"), max_age=3600 * 24 * 365, secure=True, samesite="Lax")
    return response


def remember_login(request):
    token = request.user.profile.issue_remember_token()
    response = JsonResponse({"ok": True})
    # expect: insecure-cookie
    response.set_cookie("remember_token", token, max_age=60 * 60 * 24 * 30)
    return response


def remember_login_secure(request):
    token = request.user.profile.issue_remember_token()
    response = JsonResponse({"ok": True})
    response.set_cookie("remember_token", token, max_age=60 * 60 * 24 * 30, secure=True, httponly=True, samesite="Strict")
    return response


def impersonate(request, user_id):
    response = HttpResponse(status=204)
    # expect: insecure-cookie
    response.set_cookie("impersonate_session", request.session.session_key, secure=False, httponly=False)
    return response
