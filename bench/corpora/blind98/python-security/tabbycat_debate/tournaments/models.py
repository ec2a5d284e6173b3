from django.db import models


class Tournament(models.Model):
    slug = models.SlugField(unique=True)
    name = models.CharField(max_length=100)


class Round(models.Model):
    tournament = models.ForeignKey(Tournament, on_delete=models.CASCADE)
    seq = models.IntegerField()
