"""Catalog models: products, prices and stock counters."""
from django.db import models
from django.utils.text import slugify


class Category(models.Model):
    name = models.CharField(max_length=100)
    slug = models.SlugField(unique=True, blank=True)

    # expect: missing-super-call
    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)


class Product(models.Model):
    title = models.CharField(max_length=200)
    slug = models.SlugField(unique=True)
    price_cents = models.PositiveIntegerField()

    def save(self, *args, **kwargs):
        self.slug = self.slug or slugify(self.title)
        super().save(*args, **kwargs)


class StockCounter(models.Model):
    product = models.OneToOneField(Product, on_delete=models.CASCADE)
    quantity = models.IntegerField(default=0)

    # expect: missing-super-call
    def save(self, force_insert=False, force_update=False, using=None, update_fields=None):
        StockCounter.objects.filter(pk=self.pk).update(quantity=self.quantity)


class PriceHistory(models.Model):
    product = models.ForeignKey(Product, on_delete=models.CASCADE)
    price_cents = models.PositiveIntegerField()
    recorded_at = models.DateTimeField(auto_now_add=True)

    def save(self, *args, **kwargs):
        if self.price_cents < 0:
            raise ValueError("negative price")
        super(PriceHistory, self).save(*args, **kwargs)


class Review(models.Model):
    product = models.ForeignKey(Product, on_delete=models.CASCADE)
    body = models.TextField()
    approved = models.BooleanField(default=False)

    # expect: missing-super-call
    def save(self, **kwargs):
        self.body = self.body.strip()
        self.full_clean()
        return self


class CartSnapshot:
    """Not a model: serialises a session cart to the cache."""

    def __init__(self, cache, items):
        self.cache = cache
        self.items = items

    def save(self, key):
        self.cache.set(key, self.items, timeout=3600)
