from django.db import models


class Track(models.Model):
    uuid = models.UUIDField(unique=True)
    title = models.CharField(max_length=255)
    license = models.ForeignKey("License", null=True, on_delete=models.SET_NULL)
    creation_date = models.DateTimeField(auto_now_add=True)


class Upload(models.Model):
    track = models.ForeignKey(Track, on_delete=models.CASCADE)
    audio_file = models.FileField(upload_to="tracks/")
