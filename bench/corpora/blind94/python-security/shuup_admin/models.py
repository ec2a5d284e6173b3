from django.db import models


class Shop(models.Model):
    name = models.CharField(max_length=64)
    domain = models.CharField(max_length=128, blank=True)
