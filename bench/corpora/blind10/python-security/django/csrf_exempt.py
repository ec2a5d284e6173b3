# library: Django (django.views.decorators.csrf)
"""Endpoints that accept POSTs from outside the site."""
import hashlib
import hmac
import json

from django.conf import settings
from django.http import HttpResponseForbidden, JsonResponse
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_POST


# expect: csrf
@csrf_exempt
@require_POST
def update_profile(request):
    request.user.profile.bio = request.POST.get("bio", "")
    request.user.profile.save()
    return JsonResponse({"ok": True})


@csrf_protect
@require_POST
def change_email(request):
    request.user.email = request.POST["email"]
    request.user.save()
    return JsonResponse({"ok": True})


# expect: csrf
@csrf_exempt
def transfer(request):
    if request.method == "POST":
        request.user.account.transfer(request.POST["to"], request.POST["amount"])
    return JsonResponse({"ok": True})


@csrf_exempt
@require_POST
def stripe_webhook(request):
    sig = request.headers.get("Stripe-Signature", "")
    expected = hmac.new(settings.STRIPE_WEBHOOK_SECRET.encode(), request.body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(sig, expected):
        return HttpResponseForbidden()
    json.loads(request.body)
    return JsonResponse({"received": True})
