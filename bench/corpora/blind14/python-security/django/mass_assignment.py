# library: Django ORM (create / update with request data)
"""Profile and order endpoints of the shop API."""
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import Order, Profile

PROFILE_FIELDS = ("display_name", "bio", "timezone")


@require_POST
def update_profile(request):
    # expect: mass-assignment
    Profile.objects.filter(user=request.user).update(**request.POST.dict())
    return JsonResponse({"ok": True})


@require_POST
def update_profile_safe(request):
    data = {k: request.POST[k] for k in PROFILE_FIELDS if k in request.POST}
    Profile.objects.filter(user=request.user).update(**data)
    return JsonResponse({"ok": True})


@require_POST
def create_order(request):
    # expect: mass-assignment
    order = Order.objects.create(customer=request.user, **request.POST.dict())
    return JsonResponse({"id": order.pk}, status=201)


@require_POST
def create_order_safe(request):
    order = Order.objects.create(
        customer=request.user,
        sku=request.POST["sku"],
        quantity=int(request.POST["quantity"]),
    )
    return JsonResponse({"id": order.pk}, status=201)
