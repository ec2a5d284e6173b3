"""Catalogue models."""
from django.db import models
from django.utils.text import slugify


class Product(models.Model):
    name = models.CharField(max_length=200)
    slug = models.SlugField(unique=True)

    # expect: model-save-no-super
    def save(self, *args, **kwargs):
        self.slug = slugify(self.name)


class Category(models.Model):
    name = models.CharField(max_length=100)
    slug = models.SlugField(unique=True)

    def save(self, *args, **kwargs):
        self.slug = slugify(self.name)
        super().save(*args, **kwargs)


class Tag(models.Model):
    label = models.CharField(max_length=50)

    def save(self, *args, **kwargs):
        self.label = self.label.lower()
        super(Tag, self).save(*args, **kwargs)
