from django.db import models


class Instance(models.Model):
    instance_name = models.CharField(max_length=50, unique=True)
    db_type = models.CharField(max_length=20, default="mysql")
    host = models.CharField(max_length=200)
    port = models.IntegerField(default=3306)
    user = models.CharField(max_length=100)
    password = models.CharField(max_length=300)


class QueryLog(models.Model):
    instance_name = models.CharField(max_length=50)
    db_name = models.CharField(max_length=64)
    sqllog = models.TextField()
    username = models.CharField(max_length=30)

    @classmethod
    def record(cls, request, instance, db_name, sql_content):
        return cls.objects.create(instance_name=instance.instance_name, db_name=db_name, sqllog=sql_content, username=request.user.username)
