from django.db import models


class Repository(models.Model):
    name = models.CharField(max_length=50, unique=True)
    url = models.CharField(max_length=255)


class Job(models.Model):
    guid = models.CharField(max_length=50, unique=True)
    repository = models.ForeignKey(Repository, on_delete=models.CASCADE)
    result = models.CharField(max_length=25)


class JobLog(models.Model):
    job = models.ForeignKey(Job, on_delete=models.CASCADE)
    name = models.CharField(max_length=50)
    url = models.URLField(max_length=255)
    status = models.IntegerField(default=0)
