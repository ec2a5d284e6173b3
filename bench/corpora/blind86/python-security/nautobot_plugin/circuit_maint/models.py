from django.db import models


class MaintenanceNotice(models.Model):
    provider_slug = models.SlugField()
    summary = models.CharField(max_length=200)
    status = models.CharField(max_length=20, default="scheduled")
    raw_email = models.TextField(blank=True)
