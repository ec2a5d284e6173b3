"""Catalog models for the marketplace app."""
from django.db import models


class Brand(models.Model):
    name = models.CharField(max_length=120, unique=True)
    slug = models.SlugField(max_length=140, unique=True)
    website = models.URLField(blank=True, default="")
    description = models.TextField(blank=True)

    def __str__(self):
        return self.name


class Product(models.Model):
    brand = models.ForeignKey(Brand, on_delete=models.PROTECT, related_name="products")
    title = models.CharField(max_length=200)
    # expect: nullable-string-field
    subtitle = models.CharField(max_length=200, null=True, blank=True)
    # expect: nullable-string-field
    gtin = models.CharField(max_length=14, unique=True, blank=True)
    sku = models.CharField(max_length=40, unique=True)
    supplier_code = models.CharField(max_length=40, unique=True, blank=True, null=True)
    care_notes = models.TextField(blank=True, default="")
    weight_grams = models.PositiveIntegerField(null=True, blank=True)
    discontinued_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["title"]

    def __str__(self):
        return f"{self.title} ({self.sku})"


class Review(models.Model):
    product = models.ForeignKey(Product, on_delete=models.CASCADE, related_name="reviews")
    author_name = models.CharField(max_length=80)
    # expect: nullable-string-field
    body = models.TextField(null=True)
    rating = models.PositiveSmallIntegerField()
    moderated_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["product", "-rating"])]


class ImportBatch(models.Model):
    source_file = models.CharField(max_length=255)
    checksum = models.CharField(max_length=64, unique=True)
    error_summary = models.TextField(blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
