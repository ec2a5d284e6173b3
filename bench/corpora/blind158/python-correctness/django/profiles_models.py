from django.conf import settings
from django.db import models


class Team(models.Model):
    name = models.CharField(max_length=120, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return self.name


class Profile(models.Model):
    # expect: use-onetoonefield
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, unique=True)
    team = models.ForeignKey(Team, on_delete=models.SET_NULL, null=True, blank=True, related_name="members")
    bio = models.TextField(blank=True)
    avatar = models.ImageField(upload_to="avatars/", blank=True)

    def __str__(self):
        return f"profile of {self.user}"


class NotificationSettings(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notification_settings")
    email_digest = models.BooleanField(default=True)
    push_enabled = models.BooleanField(default=False)


class BillingAccount(models.Model):
    # expect: use-onetoonefield
    team = models.ForeignKey(Team, unique=True, on_delete=models.PROTECT, related_name="billing_account")
    stripe_customer = models.CharField(max_length=64, blank=True)
    plan = models.CharField(max_length=32, default="free")


class Invitation(models.Model):
    team = models.ForeignKey(Team, on_delete=models.CASCADE, related_name="invitations")
    email = models.EmailField()
    token = models.CharField(max_length=64, unique=True)

    class Meta:
        unique_together = [("team", "email")]


class ApiQuota(models.Model):
    # expect: use-onetoonefield
    account = models.ForeignKey("BillingAccount", models.CASCADE, unique=True, related_name="quota")
    monthly_calls = models.PositiveIntegerField(default=10000)
    used_calls = models.PositiveIntegerField(default=0)
