"""Account settings and payment views, plus third-party callbacks."""
import hashlib
import hmac
import json

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseForbidden, JsonResponse
from django.shortcuts import redirect
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators import csrf

from .forms import EmailForm, TransferForm


# expect: csrf-disabled
@csrf_exempt
@login_required
def change_email(request):
    form = EmailForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        return redirect("account:settings")
    return JsonResponse({"errors": form.errors})


@login_required
# expect: csrf-disabled
@csrf.csrf_exempt
def transfer_funds(request):
    form = TransferForm(request.POST)
    if form.is_valid():
        form.execute(request.user)
    return JsonResponse({"ok": form.is_valid()})


# expect: csrf-disabled
@method_decorator(csrf_exempt, name="dispatch")
class DeleteAccountView(View):
    def post(self, request):
        request.user.delete()
        return redirect("/")


# expect: csrf-disabled
@csrf_exempt
def update_newsletter_prefs(request):
    request.user.profile.newsletter = request.POST.get("newsletter") == "on"
    request.user.profile.save()
    return JsonResponse({"saved": True})


@csrf_exempt
def payment_webhook(request):
    signature = request.headers.get("X-Signature", "")
    expected = hmac.new(settings.PAYMENT_WEBHOOK_SECRET.encode(), request.body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(signature, expected):
        return HttpResponseForbidden("bad signature")
    event = json.loads(request.body)
    return JsonResponse({"received": event.get("id")})


@csrf_protect
@login_required
def change_password(request):
    return JsonResponse({"ok": request.method == "POST"})
