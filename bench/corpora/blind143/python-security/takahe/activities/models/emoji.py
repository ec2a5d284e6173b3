"""Custom emoji copied from remote servers."""
import os

import httpx
from django.conf import settings
from django.db import models
from django.utils.text import slugify


class Emoji(models.Model):
    shortcode = models.CharField(max_length=100)
    domain = models.CharField(max_length=250, null=True)
    remote_url = models.CharField(max_length=500, null=True)

    @classmethod
    def by_ap_tag(cls, domain, data):
        return cls.objects.create(shortcode=data["name"].strip(":"), domain=domain, remote_url=data["icon"]["url"])

    def write_original(self, data):
        # expect: path-traversal
        with open(os.path.join(settings.MEDIA_ROOT, "emoji", self.domain or "local", self.shortcode + ".png"), "wb") as fh:
            fh.write(data)

    def slug_path(self):
        return os.path.join(settings.MEDIA_ROOT, "emoji", slugify(self.domain or "local"), slugify(self.shortcode) + ".png")

    def cache_local(self, keep_original=False):
        data = httpx.get(settings.MEDIA_PROXY_URL, params={"url": self.remote_url}, timeout=10).content
        if keep_original:
            self.write_original(data)
        with open(self.slug_path(), "wb") as fh:
            fh.write(data)
