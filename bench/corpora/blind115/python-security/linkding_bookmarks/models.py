from django.db import models
from django.utils.html import escape
from django.utils.safestring import mark_safe
import markdown


class Bookmark(models.Model):
    url = models.CharField(max_length=2048)
    title = models.CharField(max_length=512, blank=True)
    description = models.TextField(blank=True)
    notes = models.TextField(blank=True)
    tag_string = models.CharField(max_length=1024, blank=True)
    favicon_file = models.CharField(max_length=512, blank=True)
    owner = models.ForeignKey("auth.User", on_delete=models.CASCADE)

    def rendered_notes(self):
        # expect: xss
        return mark_safe(markdown.markdown(self.notes))

    def safe_title(self):
        return mark_safe("<span class=\"title\">%s</span>" % escape(self.title))
