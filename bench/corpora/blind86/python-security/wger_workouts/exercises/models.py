from django.db import models


class Exercise(models.Model):
    uuid = models.UUIDField(unique=True)
    category_id = models.IntegerField()
    created = models.DateTimeField(auto_now_add=True)
