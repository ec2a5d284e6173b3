"""Coupon redemption endpoints (the shop's checkout page shows these responses inline)."""
from django.http import HttpResponse, HttpResponseBadRequest, JsonResponse
from django.utils.html import escape, format_html
from django.views.decorators.http import require_POST

from .models import Coupon


@require_POST
def redeem(request):
    code = request.POST.get("code", "")
    coupon = Coupon.objects.filter(code=code, active=True).first()
    if coupon is None:
        # the body is HTML (text/html) and is inserted into the page
        # expect: xss
        return HttpResponseBadRequest(f"<p class='error'>Coupon <b>{code}</b> is not valid.</p>")
    request.session["coupon"] = coupon.pk
    return JsonResponse({"discount": str(coupon.discount)})


def check(request):
    code = request.GET.get("code", "")
    if len(code) > 32:
        return HttpResponseBadRequest("Coupon code too long.")
    if not Coupon.objects.filter(code=code).exists():
        return HttpResponseBadRequest(format_html("<p class='error'>Coupon <b>{}</b> is unknown.</p>", code))
    return HttpResponse(status=204)


@require_POST
def apply_to_basket(request):
    basket_id = request.POST.get("basket")
    if not basket_id or not basket_id.isdigit():
        msg = "Basket " + request.POST.get("basket", "") + " not found"
        # expect: xss
        return HttpResponseBadRequest(msg)
    return JsonResponse({"ok": True})


def explain(request):
    code = request.GET.get("code", "")
    return HttpResponseBadRequest("<p>Unknown coupon %s</p>" % escape(code))


def plain_error(request):
    code = request.GET.get("code", "")
    return HttpResponseBadRequest(f"unknown coupon {code}", content_type="text/plain; charset=utf-8")
