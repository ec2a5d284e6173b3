"""Incoming webhooks and a few AJAX endpoints for the shop."""
import hashlib
import hmac
import json

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, HttpResponseForbidden, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .models import Address, Order, WishlistItem


@csrf_exempt
@require_POST
def payment_webhook(request):
    """Signed by the payment provider; no browser session involved."""
    signature = request.headers.get("X-Signature", "")
    expected = hmac.new(settings.PAYMENT_WEBHOOK_SECRET.encode(), request.body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(signature, expected):
        return HttpResponseForbidden()
    event = json.loads(request.body)
    Order.objects.filter(reference=event["reference"]).update(paid=event["status"] == "succeeded")
    return HttpResponse(status=204)


# expect: csrf-disabled
@csrf_exempt
@login_required
@require_POST
def update_address(request):
    data = json.loads(request.body)
    Address.objects.update_or_create(user=request.user, defaults={"line1": data["line1"], "city": data["city"], "postcode": data["postcode"]})
    return JsonResponse({"ok": True})


@login_required
@require_POST
def add_to_wishlist(request):
    WishlistItem.objects.get_or_create(user=request.user, product_id=request.POST["product_id"])
    return JsonResponse({"ok": True})


# expect: csrf-disabled
@csrf_exempt
@login_required
def cancel_order(request, reference):
    if request.method != "POST":
        return HttpResponse(status=405)
    order = Order.objects.get(reference=reference, customer=request.user)
    order.cancel(reason=request.POST.get("reason", ""))
    return JsonResponse({"status": order.status})


@require_POST
@login_required
def change_email(request):
    request.user.email = request.POST["email"]
    request.user.save(update_fields=["email"])
    return JsonResponse({"ok": True})


@csrf_exempt
def healthcheck(request):
    return HttpResponse("ok", content_type="text/plain")
