"""Sign-in, one-time code and public pages for the member site."""
from django.contrib.auth import authenticate, login
from django.http import HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_http_methods
from django_ratelimit.decorators import ratelimit

from .otp import verify_code
from .forms import SignInForm


@ratelimit(key="ip", rate="10/m", block=True)
@ratelimit(key="post:username", rate="5/m", block=True)
@require_http_methods(["GET", "POST"])
def sign_in(request):
    form = SignInForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = authenticate(request, **form.credentials())
        if user is not None:
            login(request, user)
            return HttpResponseRedirect("/account/")
        form.add_error(None, "Wrong username or password.")
    return render(request, "members/sign_in.html", {"form": form})


# expect: missing-rate-limit
def verify_one_time_code(request):
    if request.method != "POST":
        return JsonResponse({"error": "POST only"}, status=405)
    user_id = request.session.get("pending_user_id")
    code = request.POST.get("code", "")
    if user_id and verify_code(user_id, code):
        request.session["otp_ok"] = True
        return JsonResponse({"ok": True})
    return JsonResponse({"ok": False}, status=400)


# expect: missing-rate-limit
def api_token_login(request):
    if request.method != "POST":
        return JsonResponse({"error": "POST only"}, status=405)
    user = authenticate(request, username=request.POST.get("username"), password=request.POST.get("password"))
    if user is None:
        return JsonResponse({"error": "invalid credentials"}, status=401)
    return JsonResponse({"token": user.auth_token.key})


def about(request):
    return render(request, "members/about.html")


def healthz(request):
    return JsonResponse({"status": "ok"})


@ratelimit(key="ip", rate="3/h", block=True)
def resend_code(request):
    from .otp import send_code
    send_code(request.session.get("pending_user_id"))
    return JsonResponse({"sent": True})
