import os

from django.conf import settings
from django.db import models


class Data(models.Model):
    size = models.PositiveIntegerField(default=0)

    def get_data_dirname(self):
        return os.path.join(settings.MEDIA_DATA_ROOT, str(self.id))

    def get_upload_dirname(self):
        return os.path.join(self.get_data_dirname(), "raw")


class Task(models.Model):
    name = models.CharField(max_length=256)
    data = models.ForeignKey(Data, on_delete=models.CASCADE, null=True, related_name="task")

    def get_dirname(self):
        return os.path.join(settings.TASKS_ROOT, str(self.id))
