import secrets

from django.db import models


def get_default_access_token() -> str:
    return secrets.token_urlsafe(22)


class SharingConfiguration(models.Model):
    team = models.ForeignKey("Team", on_delete=models.CASCADE)
    dashboard = models.ForeignKey("Dashboard", on_delete=models.CASCADE, null=True)
    insight = models.ForeignKey("Insight", on_delete=models.CASCADE, null=True)
    enabled = models.BooleanField(default=False)
    access_token = models.CharField(max_length=400, default=get_default_access_token, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        app_label = "posthog_insights"
