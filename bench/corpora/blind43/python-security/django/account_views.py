"""Account views: login, password reset and profile."""
from django.contrib.auth import authenticate, login
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST
from ratelimit.decorators import ratelimit
import ratelimit as rl


# expect: missing-rate-limit
def login_view(request):
    user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
    if user is None:
        return render(request, "login.html", {"error": True})
    login(request, user)
    return redirect("home")


# expect: missing-rate-limit
@require_POST
def password_reset(request):
    email = request.POST.get("email", "")
    return JsonResponse({"queued": bool(email)})


class ProfileView:
    # expect: missing-rate-limit
    def get(self, request, username):
        return render(request, "profile.html", {"username": username})


# expect: missing-rate-limit
async def api_token(request):
    return JsonResponse({"token": request.user.auth_token.key})


@ratelimit(key="ip", rate="5/m", block=True)
def login_limited(request):
    return render(request, "login.html")


@rl.decorators.ratelimit(key="post:email", rate="3/h")
def reset_limited(request):
    return JsonResponse({"queued": True})
