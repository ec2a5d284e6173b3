"""Small HTML fragments for the storefront widgets."""
import json

from django.http import (
    HttpResponse,
    HttpResponseBadRequest,
    HttpResponseNotFound,
    JsonResponse,
)
from django.shortcuts import render
from django.utils.html import escape, format_html

from .models import Coupon


def greeting(request):
    name = request.GET.get("name", "guest")
    # expect: xss
    return HttpResponse(f"<p class='hello'>Hello, {name}!</p>")


def coupon_status(request):
    code = request.GET.get("code", "")
    if not Coupon.objects.filter(code=code).exists():
        # expect: xss
        return HttpResponseNotFound("<p>Unknown coupon: %s</p>" % code)
    return HttpResponse("<p>Coupon applied.</p>")


def quantity(request):
    qty = request.POST.get("qty", "")
    if not qty.isdigit():
        # expect: xss
        return HttpResponseBadRequest("<div class='error'>Invalid quantity " + qty + "</div>")
    return HttpResponse(status=204)


def echo_banner(request):
    banner = request.GET.get("banner", "")
    html = "<div class='banner'>{}</div>".format(banner)
    # expect: xss
    return HttpResponse(html)


def greeting_safe(request):
    return HttpResponse(format_html("<p class='hello'>Hello, {}!</p>", request.GET.get("name", "guest")))


def coupon_safe(request):
    code = escape(request.GET.get("code", ""))
    return HttpResponseNotFound(f"<p>Unknown coupon: {code}</p>")


def coupon_json(request):
    data = {"code": request.GET.get("code", ""), "valid": False}
    return HttpResponse(json.dumps(data), content_type="application/json")


def cart(request):
    return render(request, "widgets/cart.html", {"items": request.session.get("cart", [])})


def ping(request):
    return JsonResponse({"ok": True})
