"""Quote endpoints for the pricing calculator."""
from decimal import Decimal, InvalidOperation

from django.http import JsonResponse
from django.views import View

from .models import Plan


def quote(request):
    # expect: nan-injection
    seats = float(request.GET.get("seats", "1"))
    plan = Plan.objects.get(slug=request.GET.get("plan", "team"))
    return JsonResponse({"total": plan.price_per_seat * seats})


def discount(request):
    # expect: nan-injection
    rate = float(request.POST["rate"])
    if rate > 0.5:
        return JsonResponse({"error": "discount too high"}, status=400)
    return JsonResponse({"rate": rate})


class BudgetView(View):
    def post(self, request):
        # expect: nan-injection
        ceiling = complex(request.POST.get("ceiling"))
        return JsonResponse({"ceiling": abs(ceiling)})


def toggles(request):
    # expect: nan-injection
    enabled = bool(float(request.GET.get("beta", "0")))
    return JsonResponse({"beta": enabled})


def safe_quote(request):
    raw = request.GET.get("seats", "1")
    if raw.lower() in ("nan", "+nan", "-nan", "inf", "-inf", "infinity"):
        return JsonResponse({"error": "invalid"}, status=400)
    seats = float(raw)
    return JsonResponse({"seats": seats})


def integer_quote(request):
    seats = int(request.GET.get("seats", "1"))
    return JsonResponse({"seats": seats})


def decimal_quote(request):
    try:
        amount = Decimal(request.GET.get("amount", "0"))
    except InvalidOperation:
        return JsonResponse({"error": "invalid"}, status=400)
    if not amount.is_finite():
        return JsonResponse({"error": "invalid"}, status=400)
    return JsonResponse({"amount": str(amount)})
