from django.conf import settings
from django.db import models


class UserTag(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    name = models.CharField(max_length=64)
    color = models.CharField(max_length=7)


class CveTag(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    cve = models.ForeignKey("cves.Cve", on_delete=models.CASCADE)
    tags = models.JSONField(default=list)


class Integration(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    type = models.CharField(max_length=16)
    configuration = models.JSONField(default=dict)
