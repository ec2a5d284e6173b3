"""Django views that take numbers from query strings."""
from django.http import JsonResponse


def discount(request):
    # expect: nan-injection
    rate = float(request.GET.get("rate", "0"))
    if rate > 0.5:
        return JsonResponse({"error": "too high"}, status=400)
    return JsonResponse({"rate": rate})


def convert(request, currency):
    # expect: nan-injection
    amount = float(request.POST["amount"])
    return JsonResponse({"currency": currency, "amount": amount * 1.1})


def toggle(request):
    # expect: nan-injection
    enabled = bool(request.GET.get("enabled"))
    return JsonResponse({"enabled": enabled})


def impedance(request):
    raw = request.GET.get("z", "0")
    # expect: nan-injection
    value = complex(raw)
    return JsonResponse({"real": value.real, "imag": value.imag})


def safe_quantity(request):
    qty = int(request.GET.get("qty", "1"))
    weight = request.GET.get("w", "0")
    if weight.lower() in ("nan", "+nan", "-nan", "inf", "-inf"):
        return JsonResponse({"error": "bad number"}, status=400)
    return JsonResponse({"qty": qty, "weight": weight})
