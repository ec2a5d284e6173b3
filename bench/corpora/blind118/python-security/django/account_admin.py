"""Account provisioning helpers used by the admin actions and the SSO importer."""
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction

User = get_user_model()


def provision_sso_user(claims):
    user, created = User.objects.get_or_create(username=claims["preferred_username"])
    user.email = claims.get("email", "")
    user.first_name = claims.get("given_name", "")
    if created:
        # expect: empty-password
        user.set_password("")
    user.save()
    return user


def reset_to_invite(user):
    """Put a user back into the invite flow; they choose a password on the next visit."""
    user.is_active = True
    user.set_unusable_password()
    user.save(update_fields=["is_active", "password"])


@transaction.atomic
def import_legacy_rows(rows):
    for row in rows:
        user = User(username=row["login"], email=row["mail"])
        password = ""
        if row.get("plain_password"):
            password = row["plain_password"]
        # expect: empty-password
        user.set_password(password)
        user.save()


def clear_password(user):
    # expect: empty-password
    user.set_password('')
    user.save()


def change_password(user, form):
    user.set_password(form.cleaned_data["new_password1"])
    user.save()


def disable_login(user):
    user.set_password(None)
    user.save()


class Command(BaseCommand):
    help = "Create a service account"

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--password", required=True)

    def handle(self, *args, **options):
        user = User.objects.create(username=options["username"], is_staff=False)
        user.set_password(options["password"])
        user.save()
