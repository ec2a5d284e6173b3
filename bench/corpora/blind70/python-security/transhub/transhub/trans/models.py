"""Translation models (trimmed)."""
from django.db import models
from django.urls import reverse


class Project(models.Model):
    name = models.CharField(max_length=60)
    slug = models.SlugField(unique=True)


class Component(models.Model):
    project = models.ForeignKey(Project, on_delete=models.CASCADE)
    slug = models.SlugField()
    remote_name = models.CharField(max_length=50, default="origin")
    branch = models.CharField(max_length=100, default="main")

    def get_absolute_url(self):
        return reverse("component", kwargs={"path": [self.project.slug, self.slug]})

    def export(self, fmt):
        return b""


class Translation(models.Model):
    component = models.ForeignKey(Component, on_delete=models.CASCADE)
    language_code = models.CharField(max_length=20)


class Unit(models.Model):
    translation = models.ForeignKey(Translation, on_delete=models.CASCADE)
    source = models.TextField()
    target = models.TextField(blank=True)
