"""Fetch rows record a remote lookup and are processed by a task."""
from django.db import models


class Fetch(models.Model):
    url = models.URLField(max_length=500)
    status = models.CharField(max_length=20, default="pending")
    detail = models.JSONField(default=dict)
    actor = models.ForeignKey("users.Actor", on_delete=models.CASCADE)
