from django.conf import settings
from django.db import models


class Profile(models.Model):
    # expect: use-onetoonefield
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, unique=True)
    display_name = models.CharField(max_length=80)
    handle = models.SlugField(unique=True)


class BillingAccount(models.Model):
    # expect: use-onetoonefield
    organisation = models.ForeignKey("orgs.Organisation", on_delete=models.PROTECT, unique=True, related_name="billing")
    vat_number = models.CharField(max_length=32, blank=True)


class Membership(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    organisation = models.ForeignKey("orgs.Organisation", on_delete=models.CASCADE)

    class Meta:
        unique_together = [("user", "organisation")]


class NotificationSettings(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notification_settings")
    email_digest = models.BooleanField(default=True)


class ApiCredential(models.Model):
    key_id = models.CharField(max_length=40, unique=True)
    # expect: use-onetoonefield
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, unique=True)


class Invoice(models.Model):
    account = models.ForeignKey(BillingAccount, on_delete=models.PROTECT)
    number = models.CharField(max_length=20, unique=True)
