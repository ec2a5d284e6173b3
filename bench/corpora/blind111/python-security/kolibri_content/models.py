from django.db import models


class NetworkLocation(models.Model):
    id = models.CharField(primary_key=True, max_length=36)
    nickname = models.CharField(max_length=100, blank=True)
    base_url = models.CharField(max_length=100)
    is_local = models.BooleanField(default=False)


class ContentNode(models.Model):
    id = models.UUIDField(primary_key=True)
    channel_id = models.UUIDField()
    title = models.CharField(max_length=200)
    kind = models.CharField(max_length=200)
