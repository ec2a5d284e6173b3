"""Catalog models for the shop."""
from django import forms
from django.db import models
from django.db.models import Model
from django.utils.text import slugify


class Article(models.Model):
    title = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200, blank=True, default="")

    # expect: missing-super-save
    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.title)


class Product(Model):
    sku = models.CharField(max_length=32, unique=True)
    price_cents = models.PositiveIntegerField()

    # expect: missing-super-save
    def save(self, force_insert=False, force_update=False, using=None, update_fields=None):
        self.sku = self.sku.upper()
        self.full_clean()


class Review(models.Model):
    product = models.ForeignKey(Product, on_delete=models.CASCADE)
    stars = models.PositiveSmallIntegerField()

    # expect: missing-super-save
    def save(self, *args, **kwargs):
        if self.pk is None:
            super().save(*args, **kwargs)
            self.product.save(update_fields=["price_cents"])


class Supplier(models.Model):
    name = models.CharField(max_length=120)
    profile = models.OneToOneField("SupplierProfile", on_delete=models.CASCADE)

    # expect: missing-super-save
    def save(self, **kwargs):
        self.name = self.name.strip()
        self.profile.save()


class Tag(models.Model):
    label = models.CharField(max_length=40)

    def save(self, *args, **kwargs):
        self.label = self.label.lower()
        super().save(*args, **kwargs)


class Category(models.Model):
    name = models.CharField(max_length=80)

    def save(self, *args, **kwargs):
        self.name = self.name.title()
        super(Category, self).save(*args, **kwargs)


class ContactForm(forms.Form):
    email = forms.EmailField()

    def save(self):
        return {"email": self.cleaned_data["email"]}
