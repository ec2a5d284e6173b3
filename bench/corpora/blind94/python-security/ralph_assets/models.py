from django.db import models


class DataCenterAsset(models.Model):
    hostname = models.CharField(max_length=255)
    barcode = models.CharField(max_length=200, unique=True)
    management_ip = models.GenericIPAddressField(null=True)
    rack = models.CharField(max_length=64)
    position = models.IntegerField(default=0)
