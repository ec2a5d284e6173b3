from django.db import models


class MailingList(models.Model):
    name = models.CharField(max_length=254, primary_key=True)
    display_name = models.CharField(max_length=255)


class Attachment(models.Model):
    email_id = models.IntegerField()
    counter = models.SmallIntegerField()
    name = models.CharField(max_length=255)
    content = models.BinaryField()
