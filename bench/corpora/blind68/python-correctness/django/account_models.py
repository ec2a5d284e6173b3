"""Account-side models: profiles, billing settings, API credentials."""
from django.conf import settings
from django.db import models
from django.db import models as m
from django.db.models import ForeignKey


class Profile(models.Model):
    # expect: use-onetoonefield
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, unique=True, related_name="profile")
    bio = models.TextField(blank=True)
    avatar = models.ImageField(upload_to="avatars/", blank=True)


class BillingSettings(m.Model):
    # expect: use-onetoonefield
    account = m.ForeignKey("accounts.Account", m.CASCADE, unique=True)
    vat_number = m.CharField(max_length=32, blank=True)
    invoice_email = m.EmailField()


class ApiCredential(models.Model):
    # expect: use-onetoonefield
    owner = ForeignKey(
        "accounts.Account",
        on_delete=models.PROTECT,
        unique=True,
        related_name="api_credential",
    )
    key_prefix = models.CharField(max_length=8)
    hashed_key = models.CharField(max_length=128)


class NotificationPrefs(models.Model):
    # expect: use-onetoonefield
    profile = models.ForeignKey(Profile, unique=True, null=True, on_delete=models.SET_NULL)
    weekly_digest = models.BooleanField(default=True)


class Address(models.Model):
    account = models.ForeignKey("accounts.Account", on_delete=models.CASCADE, related_name="addresses")
    line1 = models.CharField(max_length=200)
    is_primary = models.BooleanField(default=False)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["account", "line1"], name="uniq_account_line1"),
        ]


class Preferences(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    locale = models.CharField(max_length=10, default="en")
