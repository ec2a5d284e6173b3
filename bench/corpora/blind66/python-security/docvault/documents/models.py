import os

from django.conf import settings
from django.db import models


class Correspondent(models.Model):
    name = models.CharField(max_length=128, unique=True)


class Document(models.Model):
    title = models.CharField(max_length=128, blank=True)
    correspondent = models.ForeignKey(Correspondent, null=True, blank=True, on_delete=models.SET_NULL)
    filename = models.FilePathField(max_length=1024, null=True, editable=False)
    archive_filename = models.FilePathField(max_length=1024, null=True, editable=False)
    created = models.DateTimeField(auto_now_add=True)

    @property
    def source_path(self):
        return os.path.join(settings.ORIGINALS_DIR, str(self.filename or f"{self.pk:07}.pdf"))

    @property
    def has_archive_version(self):
        return self.archive_filename is not None

    @property
    def archive_path(self):
        return os.path.join(settings.MEDIA_ROOT, "documents", "archive", str(self.archive_filename))

    def get_public_filename(self):
        return f"{self.title or self.pk}.pdf"
