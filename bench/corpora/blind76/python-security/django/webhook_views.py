"""Inbound webhooks and a few JSON endpoints used by the SPA."""
import hashlib
import hmac
import json

from django.conf import settings
from django.http import HttpResponse, HttpResponseForbidden, JsonResponse
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators import csrf
from django.views.decorators.csrf import csrf_exempt, csrf_protect, ensure_csrf_cookie
from django.views.decorators.csrf import csrf_exempt as no_csrf
from django.views.decorators.http import require_POST

from .models import Profile


# expect: csrf
@csrf_exempt
@require_POST
def update_profile(request):
    data = json.loads(request.body)
    Profile.objects.filter(user=request.user).update(bio=data.get("bio", ""))
    return JsonResponse({"ok": True})


# expect: csrf
@method_decorator(csrf_exempt, name="dispatch")
class AvatarUploadView(View):
    def post(self, request):
        request.user.profile.avatar = request.FILES["avatar"]
        request.user.profile.save()
        return JsonResponse({"ok": True})


@require_POST
# expect: csrf
@csrf.csrf_exempt
def change_email(request):
    request.user.email = request.POST["email"]
    request.user.save(update_fields=["email"])
    return JsonResponse({"email": request.user.email})


# expect: csrf
@no_csrf
def delete_account(request):
    if request.method == "POST":
        request.user.delete()
    return HttpResponse(status=204)


@csrf_exempt
@require_POST
def stripe_webhook(request):
    signature = request.headers.get("Stripe-Signature", "")
    expected = hmac.new(settings.STRIPE_WEBHOOK_SECRET.encode(), request.body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, signature.split("v1=")[-1]):
        return HttpResponseForbidden("bad signature")
    return HttpResponse(status=200)


@ensure_csrf_cookie
def spa_shell(request):
    return HttpResponse("<div id='app'></div>")


@csrf_protect
@require_POST
def update_theme(request):
    Profile.objects.filter(user=request.user).update(theme=request.POST.get("theme", "light"))
    return JsonResponse({"ok": True})
