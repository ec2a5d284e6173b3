from django.db import models


class TranslationProject(models.Model):
    language = models.ForeignKey("Language", on_delete=models.CASCADE)
    project = models.ForeignKey("Project", on_delete=models.CASCADE)


class Unit(models.Model):
    store = models.ForeignKey("Store", on_delete=models.CASCADE)
    source = models.TextField()
    target = models.TextField()
    mtime = models.DateTimeField(auto_now=True)
    priority = models.FloatField(default=1.0)
