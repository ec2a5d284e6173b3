"""Customer profile models."""
from django.db import models
from django.db.models import CharField, TextField


class Customer(models.Model):
    email = models.EmailField(unique=True)
    # expect: string-field-null
    nickname = models.CharField(max_length=50, null=True)
    # expect: string-field-null
    bio = models.TextField(blank=True, null=True)
    # expect: string-field-null
    tax_id = models.CharField(max_length=20, unique=True, blank=True)
    age = models.PositiveIntegerField(null=True, blank=True)


class Address(models.Model):
    customer = models.ForeignKey(Customer, on_delete=models.CASCADE)
    line1 = CharField(max_length=120)
    # expect: string-field-null
    line2 = CharField(
        max_length=120,
        blank=True,
        null=True,
    )
    # expect: string-field-null
    delivery_notes = TextField(null=True, help_text="Shown to the courier")
    # expect: string-field-null
    external_ref = CharField(max_length=40, blank=True, unique=True)


class Voucher(models.Model):
    code = models.CharField(max_length=16, unique=True, blank=True, null=True)
    label = models.CharField(max_length=60, blank=True, default="")
    expires_at = models.DateTimeField(null=True)
