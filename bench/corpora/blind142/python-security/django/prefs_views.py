"""Theme, cart and remember-me cookies."""
from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render

COOKIE_OPTS = {"secure": True, "httponly": True, "samesite": "Lax"}


def set_theme(request):
    theme = request.GET.get("theme", "light")
    response = HttpResponse(status=204)
    # expect: insecure-cookie
    response.set_cookie("theme", theme, max_age=365 * 24 * 3600)
    return response


def remember_me(request, token):
    response = JsonResponse({"ok": True})
    # expect: insecure-cookie
    response.set_cookie("remember_token", token, max_age=30 * 24 * 3600)
    return response


def cart(request, cart_id):
    response = render(request, "shop/cart.html", {"cart_id": cart_id})
    # expect: insecure-cookie
    response.set_cookie("cart_id", cart_id, httponly=True)
    return response


def cart_secure(request, cart_id):
    response = render(request, "shop/cart.html", {"cart_id": cart_id})
    response.set_cookie("cart_id", cart_id, secure=True, httponly=True, samesite="Lax")
    return response


def consent(request):
    response = HttpResponse(status=204)
    response.set_cookie("consent", "1", max_age=180 * 24 * 3600, **COOKIE_OPTS)
    return response


def language(request, code):
    response = HttpResponse(status=204)
    response.set_cookie(settings.LANGUAGE_COOKIE_NAME, code, secure=True, httponly=False, samesite="Lax")
    return response
