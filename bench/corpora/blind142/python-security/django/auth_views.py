"""Login, one-time code and password reset views."""
from django.contrib.auth import authenticate, login
from django.http import HttpResponse, HttpResponseForbidden, JsonResponse
from django.views.decorators.http import require_POST
from ratelimit.decorators import ratelimit

from .otp import verify_code
from .reset import send_reset_mail


# expect: missing-rate-limit
@require_POST
def login_view(request):
    user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
    if user is None:
        return HttpResponseForbidden("invalid credentials")
    login(request, user)
    return JsonResponse({"ok": True})


@ratelimit(key="ip", rate="5/m", block=True)
@require_POST
def login_limited(request):
    user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
    if user is None:
        return HttpResponseForbidden("invalid credentials")
    login(request, user)
    return JsonResponse({"ok": True})


# expect: missing-rate-limit
@require_POST
def verify_otp(request):
    if not verify_code(request.user, request.POST.get("code", "")):
        return HttpResponseForbidden("wrong code")
    request.session["otp_ok"] = True
    return JsonResponse({"ok": True})


# expect: missing-rate-limit
@require_POST
def password_reset(request):
    send_reset_mail(request.POST.get("email", ""))
    return JsonResponse({"sent": True})


@ratelimit(key="post:email", rate="3/h", block=True)
def password_reset_limited(request):
    send_reset_mail(request.POST.get("email", ""))
    return JsonResponse({"sent": True})


def healthz(request):
    return HttpResponse("ok")
