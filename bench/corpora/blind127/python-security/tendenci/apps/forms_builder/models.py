"""Custom forms whose intro and response texts are written by their owners."""
from django.db import models


class Form(models.Model):
    title = models.CharField(max_length=100)
    slug = models.SlugField(unique=True)
    intro = models.TextField(blank=True)
    response = models.TextField(blank=True)
