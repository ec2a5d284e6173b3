from django.db import models


class App(models.Model):
    name = models.CharField(max_length=50)
    key = models.CharField(max_length=50, unique=True)


class Deploy(models.Model):
    app = models.ForeignKey(App, on_delete=models.PROTECT)
    git_repo = models.CharField(max_length=255)
    dst_dir = models.CharField(max_length=255)
    extend = models.CharField(max_length=2, default="1")


class Contact(models.Model):
    name = models.CharField(max_length=50)
    ding = models.CharField(max_length=255, null=True)
    qy_wx = models.CharField(max_length=255, null=True)
