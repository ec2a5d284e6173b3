from django.db import models


class Recipe(models.Model):
    name = models.CharField(max_length=128)
    description = models.CharField(max_length=512, blank=True)
    rating = models.IntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    space = models.ForeignKey("Space", on_delete=models.CASCADE)

    class Meta:
        app_label = "cookbook"
