"""Account endpoints: login, password reset, one-time codes, signup."""
from django.contrib.auth import authenticate, login
from django.contrib.auth.forms import PasswordResetForm
from django.http import HttpResponseBadRequest, JsonResponse
from django.shortcuts import redirect, render
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators.http import require_POST
from django_ratelimit.decorators import ratelimit

from .models import OneTimeCode
from .services import send_otp


def _client_ip(request):
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    return forwarded.split(",")[0].strip() or request.META.get("REMOTE_ADDR")


@require_POST
# expect: missing-rate-limit
def login_view(request):
    user = authenticate(
        request,
        username=request.POST.get("username"),
        password=request.POST.get("password"),
    )
    if user is None:
        return render(request, "accounts/login.html", {"error": True}, status=401)
    login(request, user)
    return redirect("dashboard")


# expect: missing-rate-limit
def password_reset(request):
    form = PasswordResetForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        form.save(request=request, use_https=True)
        return redirect("password_reset_done")
    return render(request, "accounts/reset.html", {"form": form})


# expect: missing-rate-limit
async def verify_code(request, user_id):
    code = request.POST.get("code", "")
    exists = await OneTimeCode.objects.filter(user_id=user_id, code=code).aexists()
    return JsonResponse({"ok": exists})


class ResendCodeView(View):
    # expect: missing-rate-limit
    def post(self, request, *args, **kwargs):
        send_otp(request.user, ip=_client_ip(request))
        return JsonResponse({"sent": True})


@ratelimit(key="ip", rate="5/m", block=True)
def signup(request):
    if request.method != "POST":
        return render(request, "accounts/signup.html")
    if not request.POST.get("email"):
        return HttpResponseBadRequest("email required")
    return redirect("signup_done")


@method_decorator(ratelimit(key="user_or_ip", rate="10/h", method="POST"), name="post")
class ChangeEmailView(View):
    def post(self, request):
        request.user.email = request.POST["email"]
        request.user.save(update_fields=["email"])
        return JsonResponse({"ok": True})
