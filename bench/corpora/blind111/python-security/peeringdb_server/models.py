from django.db import models


class IXLan(models.Model):
    name = models.CharField(max_length=255, blank=True)
    ixf_ixp_member_list_url = models.CharField(max_length=255, blank=True)
    ixf_ixp_import_enabled = models.BooleanField(default=False)


class Network(models.Model):
    asn = models.PositiveIntegerField(unique=True)
    name = models.CharField(max_length=255)
    notes = models.TextField(blank=True)
    info_type = models.CharField(max_length=60, blank=True)


class Facility(models.Model):
    name = models.CharField(max_length=255)
    country = models.CharField(max_length=2)
    city = models.CharField(max_length=255)
