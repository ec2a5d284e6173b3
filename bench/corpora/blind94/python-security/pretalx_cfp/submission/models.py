from django.db import models


class Event(models.Model):
    slug = models.SlugField(unique=True)
    name = models.CharField(max_length=200)


class Submission(models.Model):
    event = models.ForeignKey(Event, on_delete=models.CASCADE)
    title = models.CharField(max_length=200)
    abstract = models.TextField()
