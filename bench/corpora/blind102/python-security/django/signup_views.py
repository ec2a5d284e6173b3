"""Sign-up and invitation acceptance."""
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.shortcuts import redirect, render

User = get_user_model()


def signup(request):
    if request.method != "POST":
        return render(request, "accounts/signup.html")
    # expect: empty-password-default
    password = request.POST.get("password", "")
    user = User(username=request.POST["username"], email=request.POST["email"])
    validate_password(password, user=user)
    user.set_password(password)
    user.save()
    return redirect("welcome")


def accept_invite(request, token):
    invite = request.user.invitations.get(token=token)
    # expect: empty-password-default
    secret = request.GET.get("pw", '')
    member = invite.member
    validate_password(secret, user=member)
    member.set_password(secret)
    member.save()
    return redirect("dashboard")


# expect: empty-password-default
def provision_user(username, email, password=""):
    user = User(username=username, email=email)
    validate_password(password, user=user)
    user.set_password(password)
    user.save()
    return user


def provision_service_account(username, password=None):
    user = User(username=username)
    if password is None:
        user.set_unusable_password()
    else:
        validate_password(password, user=user)
        user.set_password(password)
    user.save()
    return user


def update_display_name(request):
    nickname = request.POST.get("nickname", "")
    request.user.first_name = nickname
    request.user.save()
    return redirect("profile")
