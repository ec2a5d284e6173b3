"""Peering models."""
from django.db import models


class AutonomousSystem(models.Model):
    asn = models.BigIntegerField(unique=True)
    name = models.CharField(max_length=128)
    irr_as_set = models.CharField(max_length=255, blank=True, null=True)
