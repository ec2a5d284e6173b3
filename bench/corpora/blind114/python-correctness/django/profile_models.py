"""Per-user and per-account settings."""
from django.conf import settings
from django.db import models
from django.db.models import ForeignKey

from billing.models import Invoice


class UserProfile(models.Model):
    # expect: use-onetoonefield
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, unique=True)
    display_name = models.CharField(max_length=80, blank=True)
    timezone = models.CharField(max_length=40, default="UTC")


class AccountSettings(models.Model):
    # expect: use-onetoonefield
    account = models.ForeignKey("accounts.Account", unique=True, on_delete=models.PROTECT, related_name="settings")
    weekly_digest = models.BooleanField(default=True)
    locale = models.CharField(max_length=10, default="en")


class InvoicePdf(models.Model):
    # expect: use-onetoonefield
    invoice = ForeignKey(Invoice, models.CASCADE, unique=True)
    file = models.FileField(upload_to="invoices/")
    generated_at = models.DateTimeField(auto_now=True)


class Avatar(models.Model):
    profile = models.OneToOneField(UserProfile, on_delete=models.CASCADE, related_name="avatar")
    image = models.ImageField(upload_to="avatars/")


class LoginEvent(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, db_index=True)
    ip = models.GenericIPAddressField()
    created_at = models.DateTimeField(auto_now_add=True)


class ApiClient(models.Model):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    client_id = models.CharField(max_length=64, unique=True)
