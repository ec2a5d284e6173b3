"""Profile and settings models."""
from django.conf import settings
from django.db import models
from django.db import models as m
from django.db.models import ForeignKey


class Profile(models.Model):
    # expect: use-onetoonefield
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, unique=True)
    bio = models.TextField(blank=True)


class NotificationSettings(m.Model):
    # expect: use-onetoonefield
    profile = m.ForeignKey(
        Profile,
        on_delete=m.CASCADE,
        related_name="notification_settings",
        unique=True,
    )
    email = m.BooleanField(default=True)


class BillingAccount(models.Model):
    # expect: use-onetoonefield
    owner = ForeignKey("accounts.Company", models.PROTECT, unique=True, null=True)


class Address(models.Model):
    profile = models.OneToOneField(Profile, on_delete=models.CASCADE)
    line1 = models.CharField(max_length=200)


class Membership(models.Model):
    profile = models.ForeignKey(Profile, on_delete=models.CASCADE)
    team = models.ForeignKey("teams.Team", on_delete=models.CASCADE)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["profile", "team"], name="one_membership_per_team")]
