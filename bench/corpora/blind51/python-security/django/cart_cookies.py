"""Cart and login helpers that keep state in cookies."""
from django.http import HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.views import View

from .models import Cart

CART_MAX_AGE = 60 * 60 * 24 * 30
COOKIE_KWARGS = {"secure": True, "httponly": True, "samesite": "Lax"}


def add_to_cart(request, product_id):
    cart = Cart.objects.for_request(request)
    cart.add(product_id)
    response = JsonResponse({"items": cart.count()})
    # expect: cookie-flags
    response.set_cookie("cart_token", cart.token, max_age=CART_MAX_AGE)
    return response


def login_done(request):
    response = redirect("dashboard")
    if request.POST.get("remember"):
        # expect: cookie-flags
        response.set_cookie("remember_me", request.user.remember_token(), httponly=True)
    return response


def impersonate(request, user_id):
    response = render(request, "staff/impersonating.html", {"target": user_id})
    response.set_cookie(
        "impersonate_id",
        str(user_id),
        # expect: cookie-flags
        secure=False,
        httponly=True,
        samesite="Lax",
    )
    return response


class ReferralView(View):
    def get(self, request, code):
        resp = HttpResponse(status=204)
        # expect: cookie-flags
        resp.set_cookie("referral", code, max_age=CART_MAX_AGE, samesite="Lax")
        return resp


def set_currency(request):
    response = HttpResponse(status=204)
    response.set_cookie(
        "currency",
        request.POST.get("currency", "EUR")[:3],
        secure=True,
        httponly=True,
        samesite="Lax",
    )
    return response


def set_theme(request):
    response = HttpResponse("ok")
    response.set_cookie("theme", request.GET.get("t", "light")[:10], **COOKIE_KWARGS)
    return response


def clear_cart(request):
    response = redirect("/")
    response.delete_cookie("cart_token")
    return response
