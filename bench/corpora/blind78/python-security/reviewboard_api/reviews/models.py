from django.conf import settings
from django.db import models


class ReviewRequest(models.Model):
    submitter = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    repository = models.ForeignKey("scmtools.Repository", on_delete=models.CASCADE, null=True)
    summary = models.CharField(max_length=300, blank=True)
    status = models.CharField(max_length=1, default="P")
    changenum = models.CharField(max_length=100, blank=True, null=True)
    shipit_count = models.IntegerField(default=0)
    time_added = models.DateTimeField(auto_now_add=True)

    class Meta:
        app_label = "reviews"


class Repository(models.Model):
    name = models.CharField(max_length=255, unique=True)
    path = models.CharField(max_length=255)
    tool = models.CharField(max_length=32, default="git")

    class Meta:
        app_label = "scmtools"
