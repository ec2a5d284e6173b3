# library: django (CharField / TextField with null=True)
from django.db import models


class Customer(models.Model):
    name = models.CharField(max_length=120)
    # expect: null-string-field
    nickname = models.CharField(max_length=60, null=True, blank=True)
    # expect: null-string-field
    notes = models.TextField(null=True)
    company = models.CharField(max_length=120, blank=True, default="")
    vat_number = models.CharField(max_length=32, null=True, blank=True, unique=True)
    signed_up = models.DateField(null=True, blank=True)
    referrer = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL)


class Address(models.Model):
    customer = models.ForeignKey(Customer, on_delete=models.CASCADE)
    line1 = models.CharField(max_length=200)
    line2 = models.CharField(max_length=200, blank=True)
    postcode = models.CharField(max_length=16)
