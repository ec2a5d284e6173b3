"""Role switch that trusts a form field (Django)."""
from django.http import JsonResponse


def switch_role(request):
    # expect: trust-boundary
    request.session["role"] = request.POST.get("role", "viewer")
    return JsonResponse({"role": request.session["role"]})
