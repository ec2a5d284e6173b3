"""Account password flows: invite acceptance, admin reset, API change, import."""
import csv

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand
from django.http import JsonResponse
from django.views.decorators.http import require_POST
from rest_framework import serializers

from .models import Invite

User = get_user_model()


@require_POST
def accept_invite(request, token):
    invite = Invite.objects.get(token=token, accepted_at__isnull=True)
    user = invite.create_user()
    # expect: weak-password
    user.set_password(request.POST["password"])
    user.save()
    return JsonResponse({"ok": True})


class PasswordService:
    def __init__(self, user):
        self.user = user

    def admin_reset(self, new_password):
        # expect: weak-password
        self.user.set_password(new_password)
        self.user.save(update_fields=["password"])


class ChangePasswordSerializer(serializers.Serializer):
    new_password = serializers.CharField(write_only=True)

    def save(self, **kwargs):
        user = self.context["request"].user
        # expect: weak-password
        user.set_password(self.validated_data["new_password"])
        user.save()
        return user


class Command(BaseCommand):
    help = "Import users from a CSV of email,password"

    def add_arguments(self, parser):
        parser.add_argument("path")

    def handle(self, *args, **options):
        with open(options["path"], newline="") as fh:
            for email, password in csv.reader(fh):
                account, _ = User.objects.get_or_create(email=email, defaults={"username": email})
                # expect: weak-password
                account.set_password(password)
                account.save()


def change_password(request):
    candidate = request.POST["new_password"]
    try:
        validate_password(candidate, user=request.user)
    except ValidationError as exc:
        return JsonResponse({"errors": exc.messages}, status=400)
    request.user.set_password(candidate)
    request.user.save()
    return JsonResponse({"ok": True})


def deactivate(user):
    user.set_unusable_password()
    user.is_active = False
    user.save()


def reset_after_check(user, password):
    validate_password(password, user=user)
    user.set_password(password)
    user.save()
