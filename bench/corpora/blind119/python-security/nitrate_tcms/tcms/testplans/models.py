"""Test plan models."""
from django.conf import settings
from django.db import models


class TestPlan(models.Model):
    name = models.CharField(max_length=255)

    def add_cases(self, cases):
        for case in cases:
            self.cases.create(summary=case["summary"] or "")


class Comment(models.Model):
    plan_id = models.IntegerField()
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    comment = models.TextField()
