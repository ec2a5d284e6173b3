"""Password change and reset."""
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.http import JsonResponse


def change_password(request):
    new = request.POST["new_password"]
    user = request.user
    # expect: unvalidated-password
    user.set_password(new)
    user.save()
    return JsonResponse({"ok": True})


def reset_password(request, user):
    # expect: unvalidated-password
    user.set_password(request.POST.get("password"))
    user.save(update_fields=["password"])
    return JsonResponse({"ok": True})


def change_password_checked(request):
    new = request.POST["new_password"]
    try:
        validate_password(new, user=request.user)
    except ValidationError as exc:
        return JsonResponse({"errors": exc.messages}, status=400)
    request.user.set_password(new)
    request.user.save()
    return JsonResponse({"ok": True})
