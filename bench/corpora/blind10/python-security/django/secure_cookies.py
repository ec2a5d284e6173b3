# library: Django (HttpResponse.set_cookie)
"""Cookie helpers for the storefront views."""
from django.http import HttpResponseRedirect, JsonResponse


def login_done(request, token):
    response = HttpResponseRedirect("/account/")
    # expect: insecure-cookie
    response.set_cookie("auth_token", token)
    return response


def login_done_safe(request, token):
    response = HttpResponseRedirect("/account/")
    response.set_cookie("auth_token", token, secure=True, httponly=True, samesite="Lax")
    return response


def remember_cart(request, cart_id):
    response = JsonResponse({"cart": cart_id})
    # expect: insecure-cookie
    response.set_cookie("cart_session", cart_id, max_age=86400, httponly=True, secure=False)
    return response


def set_currency(request, currency):
    response = JsonResponse({"currency": currency})
    response.set_cookie("currency", currency, secure=True, samesite="Lax")
    return response


def signed_pref(request, value):
    response = JsonResponse({"ok": True})
    response.set_signed_cookie("pref", value, salt="prefs", secure=True, httponly=True)
    return response
