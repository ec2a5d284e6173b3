"""ProbeSource with its JSON actions."""
from django.db import models


class ProbeSource(models.Model):
    name = models.CharField(max_length=255)
    actions = models.JSONField(default=dict)
