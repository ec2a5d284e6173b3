from django.db import models


class Team(models.Model):
    organization = models.ForeignKey("Organization", on_delete=models.CASCADE, related_name="teams")
    name = models.CharField(max_length=200)
    api_token = models.CharField(max_length=200, unique=True)
    timezone = models.CharField(max_length=240, default="UTC")

    class Meta:
        app_label = "posthog_insights"
