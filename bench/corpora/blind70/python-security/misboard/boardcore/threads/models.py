from django.conf import settings
from django.db import models


class Thread(models.Model):
    category_id = models.IntegerField()
    title = models.CharField(max_length=255)
    slug = models.SlugField(max_length=255)
    starter = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL)
    replies = models.PositiveIntegerField(default=0)
    weight = models.PositiveIntegerField(default=0)
    is_hidden = models.BooleanField(default=False)
    started_on = models.DateTimeField(auto_now_add=True)
    last_post_on = models.DateTimeField(auto_now=True)
