"""Validation errors for the signup form."""
from django.http import HttpResponseBadRequest, JsonResponse
from django.utils.html import escape


def check_username(request):
    username = request.GET.get("username", "")
    if not username.isalnum():
        # expect: xss
        return HttpResponseBadRequest("Invalid username: " + username)
    return JsonResponse({"ok": True})


def check_email(request):
    email = request.POST.get("email", "")
    if "@" not in email:
        # expect: xss
        return HttpResponseBadRequest(f"<p>{email} is not an email address</p>")
    return JsonResponse({"ok": True})


def check_username_escaped(request):
    username = request.GET.get("username", "")
    if not username.isalnum():
        return HttpResponseBadRequest("Invalid username: " + escape(username))
    return JsonResponse({"ok": True})


def check_code(request):
    if len(request.GET.get("code", "")) != 6:
        return HttpResponseBadRequest("The code must have six digits.")
    return JsonResponse({"ok": True})
