# library: Django (csrf_exempt, set_cookie)
"""Account views."""
import secrets

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST


@login_required
@require_POST
def update_address(request):
    request.user.profile.address = request.POST["address"]
    request.user.profile.save()
    return JsonResponse({"ok": True})


# expect: csrf
@csrf_exempt
@login_required
@require_POST
def delete_account(request):
    request.user.delete()
    return JsonResponse({"ok": True})


@login_required
def api_token(request):
    token = secrets.token_urlsafe(32)
    resp = JsonResponse({"ok": True})
    # expect: insecure-cookie
    resp.set_cookie("api_token", token, httponly=False, secure=False)
    return resp


@login_required
def api_token_safe(request):
    token = secrets.token_urlsafe(32)
    resp = JsonResponse({"ok": True})
    resp.set_cookie("api_token", token, httponly=True, secure=True, samesite="Strict")
    return resp


@login_required
def tracking(request):
    resp = JsonResponse({"ok": True})
    # expect: insecure-cookie
    resp.set_cookie("campaign", request.GET.get("utm_campaign", ""))
    return resp
