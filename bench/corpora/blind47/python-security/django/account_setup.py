"""Management helpers that create and reset accounts for the support team."""
from django.contrib.auth import get_user_model
from django.contrib.auth.models import User
from django.db import transaction

NO_PASSWORD = ""


def create_kiosk_user(username):
    user = User.objects.create(username=username, is_active=True)
    # expect: weak-password
    user.set_password("")
    user.save()
    return user


def reset_to_blank(user_id):
    account = get_user_model().objects.get(pk=user_id)
    temp = ''
    # expect: weak-password
    account.set_password(temp)
    account.save(update_fields=["password"])


class ServiceAccounts:
    def __init__(self, prefix):
        self.prefix = prefix

    @transaction.atomic
    def provision(self, name):
        svc = User(username=f"{self.prefix}-{name}", is_staff=False)
        # expect: weak-password
        svc.set_password(NO_PASSWORD)
        svc.save()
        return svc


def create_operator(username, password=""):
    op = User(username=username)
    # expect: weak-password
    op.set_password(password)
    op.save()
    return op


def disable_login(user):
    user.set_unusable_password()
    user.save()


def archive_user(user):
    user.set_password(None)
    user.is_active = False
    user.save()


def set_from_form(user, form):
    user.set_password(form.cleaned_data["new_password1"])
    user.save()
