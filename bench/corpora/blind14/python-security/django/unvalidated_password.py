# library: Django auth (set_password / password_validation)
"""Account views: change password, admin reset, sign-up."""
from django.contrib.auth import get_user_model, password_validation
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import JsonResponse

User = get_user_model()


@login_required
def change_password(request):
    new = request.POST["new_password"]
    # expect: weak-password
    request.user.set_password(new)
    request.user.save()
    return JsonResponse({"ok": True})


@login_required
def change_password_checked(request):
    new = request.POST["new_password"]
    try:
        password_validation.validate_password(new, request.user)
    except ValidationError as exc:
        return JsonResponse({"errors": exc.messages}, status=400)
    request.user.set_password(new)
    request.user.save()
    return JsonResponse({"ok": True})


def signup(request):
    user = User(username=request.POST["username"], email=request.POST["email"])
    # expect: weak-password
    user.set_password(request.POST["password"])
    user.save()
    return JsonResponse({"id": user.pk}, status=201)


def disable_login(user):
    user.set_unusable_password()
    user.save()
