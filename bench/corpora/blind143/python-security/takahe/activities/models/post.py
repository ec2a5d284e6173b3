import bleach
from django.db import models
from django.utils.safestring import mark_safe

ALLOWED_TAGS = ["p", "br", "a", "span", "em", "strong"]


class PostManager(models.Manager):
    def raw_tagged(self, hashtag):
        # expect: sql-injection
        return self.raw(f"SELECT * FROM activities_post WHERE hashtags::jsonb ? '{hashtag}' ORDER BY published DESC LIMIT 50")


class Post(models.Model):
    content = models.TextField()
    summary = models.TextField(blank=True, null=True)
    hashtags = models.JSONField(blank=True, null=True)
    published = models.DateTimeField(auto_now_add=True)

    objects = PostManager()

    def safe_content(self):
        return mark_safe(bleach.clean(self.content, tags=ALLOWED_TAGS, strip=True))

    def safe_summary(self):
        # expect: xss
        return mark_safe(f"<span class=\"summary\">{self.summary or ''}</span>")
