"""Inbound webhooks from payment and shipping partners."""
import hmac
import json

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_POST


@csrf_exempt
@require_POST
def stripe_webhook(request):
    signature = request.headers.get("Stripe-Signature", "")
    expected = hmac.new(settings.STRIPE_WEBHOOK_SECRET.encode(), request.body, "sha256").hexdigest()
    if not hmac.compare_digest(signature, expected):
        return HttpResponse(status=400)
    return HttpResponse(status=204)


# expect: csrf
@csrf_exempt
def update_profile(request):
    profile = request.user.profile
    profile.display_name = request.POST.get("display_name", profile.display_name)
    profile.save()
    return JsonResponse({"ok": True})


@csrf_protect
def update_address(request):
    request.user.profile.address = request.POST["address"]
    request.user.profile.save()
    return JsonResponse({"ok": True})


# expect: csrf
@csrf_exempt
@require_POST
def transfer_credits(request):
    data = json.loads(request.body)
    request.user.wallet.transfer(to=data["to"], amount=int(data["amount"]))
    return JsonResponse({"ok": True})
