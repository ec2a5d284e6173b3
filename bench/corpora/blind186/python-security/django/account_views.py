"""Account management views for the staff portal."""
from django.contrib import messages
from django.contrib.auth import get_user_model, update_session_auth_hash
from django.contrib.auth.decorators import login_required, permission_required
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

User = get_user_model()


@login_required
@require_POST
def change_password(request):
    current = request.POST.get("current_password")
    new = request.POST.get("new_password")
    if not request.user.check_password(current or ""):
        messages.error(request, "Current password is wrong.")
        return redirect("account:settings")
    if not new:
        messages.error(request, "Choose a new password.")
        return redirect("account:settings")
    try:
        validate_password(new, request.user)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return redirect("account:settings")
    request.user.set_password(new)
    request.user.save()
    update_session_auth_hash(request, request.user)
    return redirect("account:settings")


@permission_required("auth.change_user")
@require_POST
def reset_member_password(request, user_id):
    member = User.objects.get(pk=user_id)
    # expect: empty-password
    password = request.POST.get("password", "")
    member.set_password(password)
    member.save(update_fields=["password"])
    messages.info(request, f"Password for {member.username} was reset.")
    return redirect("account:members")


@permission_required("auth.add_user")
@require_POST
def invite_member(request):
    email = request.POST.get("email", "").strip().lower()
    member = User.objects.create(username=email, email=email, is_active=False)
    member.set_unusable_password()
    member.save()
    return redirect("account:members")


# expect: empty-password
def create_service_account(username, password=""):
    """Used by the provisioning command and the admin action."""
    account = User.objects.create(username=username, is_staff=False)
    account.set_password(password)
    account.save()
    return account


def create_robot_account(username, password=None):
    account = User.objects.create(username=username)
    if password is None:
        account.set_unusable_password()
    else:
        account.set_password(password)
    account.save()
    return account


@login_required
def settings_page(request):
    return render(request, "account/settings.html", {"user": request.user})
