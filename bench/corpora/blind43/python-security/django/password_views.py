"""Password management: change, reset and admin set."""
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.http import JsonResponse

User = get_user_model()


def change_password(request):
    new = request.POST["new_password"]
    # expect: weak-password
    request.user.set_password(new)
    request.user.save()
    return JsonResponse({"ok": True})


def admin_reset(request, user_id):
    user = User.objects.get(pk=user_id)
    temporary = request.POST.get("temporary", "changeme")
    # expect: weak-password
    user.set_password(temporary)
    user.save(update_fields=["password"])
    return JsonResponse({"ok": True})


class SignupService:
    def create(self, email, password):
        account = User(email=email, username=email)
        # expect: weak-password
        account.set_password(password)
        account.save()
        return account


def bulk_reset(rows):
    for row in rows:
        u = User.objects.get(email=row["email"])
        # expect: weak-password
        u.set_password(row["password"])
        u.save()


def change_password_validated(request):
    new = request.POST["new_password"]
    try:
        validate_password(new, user=request.user)
    except ValidationError as exc:
        return JsonResponse({"errors": exc.messages}, status=400)
    request.user.set_password(new)
    request.user.save()
    return JsonResponse({"ok": True})


def set_unusable(user):
    user.set_unusable_password()
    user.save()
