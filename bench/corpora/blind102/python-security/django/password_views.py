"""Account password flows for the members portal."""
from django.contrib.auth import get_user_model, update_session_auth_hash
from django.contrib.auth.decorators import login_required
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.views import View

User = get_user_model()


@login_required
def change_password(request):
    if request.method == "POST":
        new_password = request.POST["new_password"]
        # expect: unvalidated-password
        request.user.set_password(new_password)
        request.user.save()
        update_session_auth_hash(request, request.user)
        return redirect("profile")
    return render(request, "accounts/change_password.html")


class ResetConfirmView(View):
    def post(self, request, uid):
        account = User.objects.get(pk=uid)
        # expect: unvalidated-password
        account.set_password(request.POST["password1"])
        account.save(update_fields=["password"])
        return redirect("login")


def bulk_import_staff(rows):
    for row in rows:
        member = User(username=row["username"], email=row["email"])
        # expect: unvalidated-password
        member.set_password(row["initial_password"])
        member.save()


def api_set_password(request, user_id):
    target = User.objects.get(pk=user_id)
    candidate = request.POST["password"]
    try:
        validate_password(candidate, user=target)
    except ValidationError as exc:
        return JsonResponse({"errors": exc.messages}, status=400)
    target.set_password(candidate)
    target.save()
    return JsonResponse({"ok": True})


def deactivate(request, user_id):
    target = User.objects.get(pk=user_id)
    target.set_unusable_password()
    target.save()
    return JsonResponse({"ok": True})
