"""Catalogue models."""
import logging

from django.db import models
from django.utils.text import slugify

log = logging.getLogger(__name__)


class Category(models.Model):
    name = models.CharField(max_length=100)
    slug = models.SlugField(unique=True, blank=True)

    # expect: missing-super-save
    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)
        log.debug("saving category %s", self.slug)


class Product(models.Model):
    category = models.ForeignKey(Category, on_delete=models.PROTECT, related_name="products")
    name = models.CharField(max_length=200)
    slug = models.SlugField(unique=True, blank=True)
    price = models.DecimalField(max_digits=10, decimal_places=2)

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)
        super(Product, self).save(*args, **kwargs)


class Review(models.Model):
    product = models.ForeignKey(Product, on_delete=models.CASCADE, related_name="reviews")
    rating = models.PositiveSmallIntegerField()
    body = models.TextField()

    # expect: missing-super-save
    def save(self, *args, **kwargs):
        self.rating = max(1, min(5, self.rating))
        self.product.save(update_fields=["name"])


class StockLevel(models.Model):
    product = models.OneToOneField(Product, on_delete=models.CASCADE)
    quantity = models.IntegerField(default=0)

    def save(self, *args, **kwargs):
        self.quantity = max(0, self.quantity)
        super().save(*args, **kwargs)


class PriceHistory(models.Model):
    product = models.ForeignKey(Product, on_delete=models.CASCADE)
    price = models.DecimalField(max_digits=10, decimal_places=2)
    recorded = models.DateTimeField(auto_now_add=True)

    # expect: missing-super-save
    def save(self, *args, **kwargs):
        if self.pk is not None:
            log.warning("price history rows are append-only; ignoring update of %s", self.pk)
            return
        self.full_clean()
