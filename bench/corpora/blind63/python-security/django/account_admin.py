"""Admin helpers and a management command for support staff."""
import secrets

from django.contrib import admin, messages
from django.contrib.auth.models import User
from django.core.management.base import BaseCommand

BLANK = ""


@admin.action(description="Clear passwords of selected users")
def clear_passwords(modeladmin, request, queryset):
    for user in queryset:
        # expect: weak-password
        user.set_password("")
        user.save()
    messages.info(request, f"{queryset.count()} passwords cleared")


@admin.action(description="Disable login for selected users")
def disable_login(modeladmin, request, queryset):
    for user in queryset:
        user.set_unusable_password()
        user.save()


def reset_to_blank(user):
    pw = ""
    # expect: weak-password
    user.set_password(pw)
    user.save()


class Command(BaseCommand):
    help = "Prepare demo accounts for a sales demo"

    def add_arguments(self, parser):
        parser.add_argument("usernames", nargs="+")

    def handle(self, *args, **options):
        for name in options["usernames"]:
            demo, _ = User.objects.get_or_create(username=name)
            # expect: weak-password
            demo.set_password('')
            demo.save()
            self.stdout.write(f"{name} ready")


def migrate_legacy(user, legacy_hash):
    if not legacy_hash:
        # expect: weak-password
        user.set_password(BLANK)
        user.save()
        return
    user.password = legacy_hash
    user.save()


def issue_temporary(user):
    temp = secrets.token_urlsafe(12)
    user.set_password(temp)
    user.save()
    return temp


def lock(user):
    user.set_password(None)
    user.save()
