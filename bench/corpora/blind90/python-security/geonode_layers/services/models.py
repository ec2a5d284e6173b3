from django.db import models


class Service(models.Model):
    base_url = models.CharField(max_length=512)
    type = models.CharField(max_length=10)
    title = models.CharField(max_length=255, blank=True)
