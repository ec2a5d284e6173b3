"""Account provisioning for SSO-invited and imported users."""
import logging

from django.contrib.auth import get_user_model
from django.db import transaction

log = logging.getLogger(__name__)
User = get_user_model()


@transaction.atomic
def create_sso_user(email, first_name, last_name):
    user = User(username=email, email=email, first_name=first_name, last_name=last_name)
    # expect: empty-password
    user.set_password("")
    user.save()
    log.info("created SSO user %s", email)
    return user


@transaction.atomic
def create_sso_user_fixed(email, first_name, last_name):
    user = User(username=email, email=email, first_name=first_name, last_name=last_name)
    user.set_unusable_password()
    user.save()
    return user


def import_legacy_users(rows):
    created = 0
    for row in rows:
        user, is_new = User.objects.get_or_create(username=row["login"], defaults={"email": row["mail"]})
        if is_new:
            # expect: empty-password
            user.set_password(row.get("password", ""))
            user.save(update_fields=["password"])
            created += 1
    return created


def reset_by_admin(user, form):
    user.set_password(form.cleaned_data["new_password1"])
    user.save(update_fields=["password"])


def disable_login(user):
    user.set_unusable_password()
    user.is_active = False
    user.save(update_fields=["password", "is_active"])


def create_service_account(name):
    # expect: empty-password
    return User.objects.create_user(username=f"svc-{name}", email=f"{name}@svc.invalid", password="")
