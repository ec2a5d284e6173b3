"""Catalog models for the storefront."""
from django.db import models
from django.db.models import CharField, TextField


class Brand(models.Model):
    name = models.CharField(max_length=120, unique=True)
    # expect: null-string-field
    website = models.CharField(max_length=200, null=True)
    description = models.TextField(blank=True, default="")

    def __str__(self):
        return self.name


class Product(models.Model):
    brand = models.ForeignKey(Brand, on_delete=models.CASCADE, related_name="products")
    title = models.CharField(max_length=200)
    # expect: null-string-field
    sku = models.CharField(max_length=32, unique=True, blank=True)
    # expect: null-string-field
    long_description = models.TextField(null=True, blank=True)
    barcode = models.CharField(max_length=32, unique=True, blank=True, null=True)
    weight_grams = models.IntegerField(null=True, blank=True)

    class Meta:
        ordering = ["title"]


class Variant(models.Model):
    product = models.ForeignKey(Product, on_delete=models.CASCADE, related_name="variants")
    # expect: null-string-field
    colour = CharField(max_length=40, blank=True, null=True)
    size = CharField(max_length=10, blank=True, default="")
    # expect: null-string-field
    external_ref = CharField(
        max_length=64,
        unique=True,
        blank=True,
        help_text="Supplier reference, optional",
    )


class Review(models.Model):
    product = models.ForeignKey(Product, on_delete=models.CASCADE)
    # expect: null-string-field
    body = TextField(null=True)
    rating = models.PositiveSmallIntegerField()
    published_at = models.DateTimeField(null=True, blank=True)
