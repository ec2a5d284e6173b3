"""Authentication endpoints of the customer portal."""
from django.contrib.auth import authenticate, login
from django.contrib.auth.views import PasswordResetView
from django.http import HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils.decorators import method_decorator
from django.views.decorators.http import require_POST
from django_ratelimit.decorators import ratelimit

from .otp import verify_code


# expect: missing-ratelimit
@require_POST
def login_view(request):
    user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
    if user is None:
        return render(request, "login.html", {"error": True}, status=401)
    login(request, user)
    return redirect("dashboard")


@ratelimit(key="ip", rate="5/m", block=True)
@require_POST
def login_throttled(request):
    user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
    if user is None:
        return render(request, "login.html", {"error": True}, status=401)
    login(request, user)
    return redirect("dashboard")


# expect: missing-ratelimit
def verify_otp(request):
    ok = verify_code(request.user, request.POST.get("code", ""))
    return JsonResponse({"ok": ok}, status=200 if ok else 400)


@method_decorator(ratelimit(key="post:email", rate="3/h", block=True), name="post")
class ThrottledPasswordResetView(PasswordResetView):
    template_name = "password_reset.html"


class ApiAuth:
    # expect: missing-ratelimit
    def token(self, request):
        user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
        return JsonResponse({"token": user.auth_token.key if user else None})


# expect: missing-ratelimit
def check_username(request):
    from django.contrib.auth import get_user_model

    taken = get_user_model().objects.filter(username=request.GET.get("u", "")).exists()
    return JsonResponse({"taken": taken})


def robots(request):
    return HttpResponse("User-agent: *\nDisallow: /admin/\n", content_type="text/plain")
