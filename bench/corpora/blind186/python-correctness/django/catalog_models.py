"""Catalogue models for the shop."""
from django.db import models


class Brand(models.Model):
    name = models.CharField(max_length=120, unique=True)
    slug = models.SlugField(max_length=140, unique=True)
    website = models.URLField(blank=True, default="")
    founded = models.PositiveIntegerField(null=True, blank=True)

    def __str__(self):
        return self.name


class Product(models.Model):
    brand = models.ForeignKey(Brand, on_delete=models.PROTECT, related_name="products")
    title = models.CharField(max_length=200)
    # expect: null-string-field
    subtitle = models.CharField(max_length=200, null=True, blank=True)
    description = models.TextField(blank=True)
    # optional, but two blank codes must not collide
    # expect: null-string-field
    manufacturer_code = models.CharField(max_length=64, unique=True, blank=True)
    ean = models.CharField(max_length=13, unique=True, blank=True, null=True)
    price = models.DecimalField(max_digits=10, decimal_places=2)
    discontinued_at = models.DateTimeField(null=True, blank=True)
    weight_grams = models.PositiveIntegerField(null=True, blank=True)

    class Meta:
        ordering = ["title"]

    def __str__(self):
        return self.title


class Review(models.Model):
    product = models.ForeignKey(Product, on_delete=models.CASCADE, related_name="reviews")
    author_name = models.CharField(max_length=80, blank=True, default="")
    rating = models.PositiveSmallIntegerField()
    # expect: null-string-field
    body = models.TextField(null=True)
    moderated_at = models.DateTimeField(null=True, blank=True)

    @property
    def has_text(self):
        return bool(self.body and self.body.strip())


class Supplier(models.Model):
    name = models.CharField(max_length=120)
    vat_number = models.CharField(max_length=32, blank=True, default="")
    contact_email = models.EmailField(blank=True)
    external_ref = models.CharField(max_length=40, null=True, blank=True, unique=True)
    notes = models.TextField(blank=True, default="")

    def __str__(self):
        return self.name
