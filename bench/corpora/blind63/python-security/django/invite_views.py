"""Accepting an invitation creates the account with the password the invitee typed."""
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST
from rest_framework.decorators import api_view
from rest_framework.response import Response

from .models import Invitation

User = get_user_model()


@require_POST
def accept_invite(request, token):
    invite = get_object_or_404(Invitation, token=token, used=False)
    # expect: weak-password
    password = request.POST.get("password", "")
    user = User(username=invite.email, email=invite.email)
    user.set_password(password)
    user.save()
    invite.used = True
    invite.save(update_fields=["used"])
    return redirect("login")


@api_view(["POST"])
def api_register(request):
    # expect: weak-password
    raw = request.data.get("password", '')
    account = User(username=request.data["username"])
    account.set_password(raw)
    account.save()
    return Response({"id": account.pk}, status=201)


# expect: weak-password
def provision_user(username, email, password=""):
    user = User.objects.create(username=username, email=email)
    user.set_password(password)
    user.save()
    return user


class InviteService:
    # expect: weak-password
    def reset_for(self, user, new_password=''):
        user.set_password(new_password)
        user.save(update_fields=["password"])


def create_service_account(username, password=None):
    user = User(username=username)
    if password is None:
        user.set_unusable_password()
    else:
        user.set_password(password)
    user.save()
    return user


@require_POST
def set_initial_password(request, token):
    invite = get_object_or_404(Invitation, token=token, used=False)
    password = request.POST.get("password")
    if not password:
        return render(request, "invite/accept.html", {"invite": invite, "error": "Choose a password."})
    try:
        validate_password(password)
    except ValidationError as exc:
        return render(request, "invite/accept.html", {"invite": invite, "error": exc.messages})
    user = User(username=invite.email, email=invite.email)
    user.set_password(password)
    user.save()
    return redirect("login")
