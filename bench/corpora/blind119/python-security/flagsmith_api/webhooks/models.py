"""Webhook model: a URLField keeps any http(s) URL."""
from django.db import models


class Webhook(models.Model):
    environment = models.ForeignKey("environments.Environment", on_delete=models.CASCADE)
    url = models.URLField()
    enabled = models.BooleanField(default=True)
    secret = models.CharField(max_length=255, blank=True)
