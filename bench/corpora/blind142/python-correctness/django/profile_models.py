"""Profile and product models."""
from django.conf import settings
from django.db import models


class Profile(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    # expect: string-field-null
    nickname = models.CharField(max_length=50, null=True)
    # expect: string-field-null
    bio = models.TextField(null=True, blank=True)
    website = models.URLField(blank=True, default="")
    timezone = models.CharField(max_length=64, blank=True, default="UTC")
    age = models.PositiveIntegerField(null=True, blank=True)


class Product(models.Model):
    name = models.CharField(max_length=200)
    # expect: string-field-null
    sku = models.CharField(max_length=32, unique=True, blank=True)
    barcode = models.CharField(max_length=32, unique=True, blank=True, null=True)
    description = models.TextField(blank=True)
    discontinued_at = models.DateTimeField(null=True, blank=True)
