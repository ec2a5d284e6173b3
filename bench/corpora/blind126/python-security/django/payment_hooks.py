import hashlib
import hmac
import json

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, HttpResponseForbidden, JsonResponse
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_POST

from .models import Subscription


# expect: csrf-disabled
@csrf_exempt
@login_required
@require_POST
def cancel_subscription(request):
    sub = Subscription.objects.get(user=request.user)
    sub.cancel()
    return JsonResponse({"status": sub.status})


@csrf_protect
@login_required
@require_POST
def change_plan(request):
    sub = Subscription.objects.get(user=request.user)
    sub.change_plan(request.POST["plan"])
    return JsonResponse({"plan": sub.plan})


# expect: csrf-disabled
@csrf_exempt
@login_required
def update_card(request):
    if request.method != "POST":
        return HttpResponse(status=405)
    request.user.billing_profile.set_card_token(request.POST["token"])
    return JsonResponse({"ok": True})


@require_POST
def stripe_webhook(request):
    signature = request.headers.get("Stripe-Signature", "")
    expected = hmac.new(settings.STRIPE_WEBHOOK_SECRET.encode(), request.body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(signature, expected):
        return HttpResponseForbidden()
    event = json.loads(request.body)
    Subscription.objects.apply_event(event)
    return HttpResponse(status=204)


# expect: csrf-disabled
@csrf_exempt
def delete_account(request):
    if request.method == "POST" and request.user.is_authenticated:
        request.user.delete()
        return JsonResponse({"deleted": True})
    return HttpResponse(status=400)
