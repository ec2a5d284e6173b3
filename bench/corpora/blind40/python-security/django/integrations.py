"""Inbound webhooks and a few legacy form posts."""
import hmac
import json

import django.views.decorators.csrf
from django.http import HttpResponse, JsonResponse
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.csrf import csrf_exempt as no_csrf
from django.views.decorators.csrf import csrf_protect
from django.views.decorators.http import require_POST


# expect: csrf-disabled
@csrf_exempt
def stripe_webhook(request):
    event = json.loads(request.body)
    return JsonResponse({"received": event.get("id")})


@require_POST
# expect: csrf-disabled
@no_csrf
def update_profile(request):
    request.user.first_name = request.POST.get("first_name", "")
    request.user.save()
    return HttpResponse("saved")


# expect: csrf-disabled
@django.views.decorators.csrf.csrf_exempt
def legacy_login(request):
    return HttpResponse("ok")


# expect: csrf-disabled
@method_decorator(csrf_exempt, name="dispatch")
class GithubHook(View):
    def post(self, request):
        return HttpResponse(status=204)


@csrf_protect
def change_email(request):
    request.user.email = request.POST["email"]
    request.user.save()
    return HttpResponse("ok")


@require_POST
def signed_webhook(request):
    expected = hmac.new(b"k", request.body, "sha256").hexdigest()
    if not hmac.compare_digest(expected, request.headers.get("X-Signature", "")):
        return HttpResponse(status=403)
    return HttpResponse(status=204)
