from django.db import models


class TestCase(models.Model):
    summary = models.CharField(max_length=255)
    text = models.TextField(blank=True)
    priority = models.IntegerField(default=1)
    create_date = models.DateTimeField(auto_now_add=True)

    class Meta:
        app_label = "testcases"
