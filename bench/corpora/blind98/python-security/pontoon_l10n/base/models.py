from django.db import models


class Locale(models.Model):
    code = models.CharField(max_length=20, unique=True)
    name = models.CharField(max_length=128)


class Project(models.Model):
    slug = models.SlugField(unique=True)
    repository_url = models.CharField(max_length=2000)
    checkout_path = models.CharField(max_length=500)
