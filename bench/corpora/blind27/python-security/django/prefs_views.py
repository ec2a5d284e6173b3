"""User preference cookies."""
from django.http import JsonResponse


def set_currency(request):
    response = JsonResponse({"ok": True})
    # expect: insecure-cookie
    response.set_cookie("currency", request.GET.get("c", "EUR"))
    return response


def remember_device(request, token):
    response = JsonResponse({"ok": True})
    # expect: insecure-cookie
    response.set_cookie("device", token, max_age=31536000, httponly=True)
    return response


def set_theme(request):
    response = JsonResponse({"ok": True})
    response.set_cookie("theme", request.GET.get("t", "light"), secure=True, httponly=True, samesite="Lax")
    return response


def logout(request):
    response = JsonResponse({"ok": True})
    response.delete_cookie("device")
    return response
