"""Quote and discount views for the B2B shop."""
import math
from decimal import Decimal, InvalidOperation

from django.http import HttpResponseBadRequest, JsonResponse
from django.views import View

from .models import Product


def quote(request):
    # expect: nan-injection
    qty = float(request.GET.get("qty", "1"))
    product = Product.objects.get(pk=request.GET["product"])
    if qty > product.max_order_qty:
        return HttpResponseBadRequest("too many")
    return JsonResponse({"total": str(product.price * Decimal(str(qty)))})


def apply_discount(request):
    raw = request.POST["discount"]
    # expect: nan-injection
    discount = float(raw)
    return JsonResponse({"ok": 0 <= discount <= 30, "discount": discount})


def impedance(request):
    # expect: nan-injection
    z = complex(request.GET["z"])
    return JsonResponse({"magnitude": abs(z)})


class BulkPriceView(View):
    def post(self, request):
        # expect: input-validation
        include_tax = bool(request.POST.get("include_tax"))
        # expect: nan-injection
        weight = float(request.POST.get("weight_kg", "0"))
        return JsonResponse({"tax": include_tax, "shipping": max(5.0, weight * 1.5)})


def quote_checked(request):
    qty = float(request.GET.get("qty", "1"))
    if not math.isfinite(qty) or qty <= 0:
        return HttpResponseBadRequest("bad qty")
    return JsonResponse({"qty": qty})


def quote_integer(request):
    qty = int(request.GET.get("qty", "1"))
    return JsonResponse({"qty": qty})


def quote_decimal(request):
    try:
        amount = Decimal(request.GET.get("amount", "0"))
    except InvalidOperation:
        return HttpResponseBadRequest("bad amount")
    if not amount.is_finite():
        return HttpResponseBadRequest("bad amount")
    return JsonResponse({"amount": str(amount)})
