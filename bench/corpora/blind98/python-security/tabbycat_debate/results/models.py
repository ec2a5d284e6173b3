from django.db import models


class FeedbackAnswer(models.Model):
    tournament = models.ForeignKey("tournaments.Tournament", on_delete=models.CASCADE)
    source_name = models.CharField(max_length=100)
    question = models.CharField(max_length=100)
    text = models.TextField()
