from django.db import models


class Cve(models.Model):
    cve_id = models.CharField(max_length=20, unique=True)
    description = models.TextField()
    vendors = models.JSONField(default=list)
    metrics = models.JSONField(default=dict)
    updated_at = models.DateTimeField(auto_now=True)
