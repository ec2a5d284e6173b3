"""Account endpoints: sign-in, password reset and one-time codes."""
from django.contrib.auth import authenticate, login
from django.contrib.auth.forms import PasswordResetForm
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.utils.decorators import method_decorator
from django.views import View
from django_ratelimit.decorators import ratelimit

from .otp import verify_code


# expect: missing-ratelimit
def sign_in(request):
    user = authenticate(request, username=request.POST.get("username"), password=request.POST.get("password"))
    if user is None:
        return render(request, "accounts/sign_in.html", {"error": True}, status=401)
    login(request, user)
    return redirect("dashboard")


# expect: missing-ratelimit
def password_reset(request):
    form = PasswordResetForm(request.POST or None)
    if form.is_valid():
        form.save(request=request)
        return redirect("password-reset-sent")
    return render(request, "accounts/reset.html", {"form": form})


class OtpView(View):
    # expect: missing-ratelimit
    def post(self, request):
        ok = verify_code(request.user, request.POST.get("code", ""))
        return JsonResponse({"ok": ok}, status=200 if ok else 400)


@ratelimit(key="ip", rate="5/m", block=True)
def sign_in_limited(request):
    user = authenticate(request, username=request.POST.get("username"), password=request.POST.get("password"))
    if user is None:
        return render(request, "accounts/sign_in.html", {"error": True}, status=401)
    login(request, user)
    return redirect("dashboard")


@ratelimit(key="post:email", rate="3/h", method="POST", block=True)
@ratelimit(key="ip", rate="10/h", block=True)
def password_reset_limited(request):
    form = PasswordResetForm(request.POST or None)
    if form.is_valid():
        form.save(request=request)
    return render(request, "accounts/reset.html", {"form": form})


@method_decorator(ratelimit(key="user_or_ip", rate="5/m", block=True), name="post")
class LimitedOtpView(View):
    def post(self, request):
        ok = verify_code(request.user, request.POST.get("code", ""))
        return JsonResponse({"ok": ok}, status=200 if ok else 400)
