from django.db import models


class Snapshot(models.Model):
    url = models.URLField(unique=True)
    timestamp = models.CharField(max_length=32, unique=True)
    title = models.CharField(max_length=512, null=True)

    @property
    def link_dir(self):
        return f"/data/archive/{self.timestamp}"
