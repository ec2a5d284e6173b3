import uuid

from django.db import models


class CommandExecution(models.Model):
    id = models.UUIDField(default=uuid.uuid4, primary_key=True)
    hosts = models.JSONField(default=list)
    run_as = models.CharField(max_length=128, default="root")
    command = models.TextField()
    module = models.CharField(max_length=32, default="shell")
    result = models.JSONField(blank=True, null=True)
    user = models.ForeignKey("auth.User", on_delete=models.CASCADE)

    @property
    def inventory_path(self):
        return f"/opt/jumpserver/data/ansible/inventory/{self.id}.ini"


class Session(models.Model):
    id = models.UUIDField(default=uuid.uuid4, primary_key=True)
    date_start = models.DateTimeField(auto_now_add=True)
    asset = models.CharField(max_length=128)
