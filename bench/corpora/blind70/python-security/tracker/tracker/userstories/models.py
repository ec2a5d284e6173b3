from django.contrib.postgres.fields import ArrayField
from django.db import models


class UserStory(models.Model):
    project_id = models.IntegerField()
    ref = models.IntegerField(null=True)
    subject = models.TextField()
    status_id = models.IntegerField(null=True)
    assigned_to_id = models.IntegerField(null=True)
    backlog_order = models.BigIntegerField(default=0)
    created_date = models.DateTimeField(auto_now_add=True)
    tags = ArrayField(models.TextField(), default=list)
