from cms.models import CMSPlugin
from django.db import models


class SearchResultsPluginModel(CMSPlugin):
    heading = models.CharField(max_length=120, default="Search")


class LatestArticlesPluginModel(CMSPlugin):
    count = models.PositiveSmallIntegerField(default=5)


class Article(models.Model):
    title = models.CharField(max_length=200)
    date = models.DateTimeField()
