from django.db import models
from django.utils.html import format_html
from django.utils.safestring import mark_safe


class Document2(models.Model):
    name = models.CharField(max_length=255)
    description = models.TextField(blank=True)
    data = models.TextField()
    owner = models.ForeignKey("auth.User", on_delete=models.CASCADE)

    def description_html(self):
        # expect: xss
        return mark_safe("<p class='doc-description'>%s</p>" % self.description)

    def name_html(self):
        return format_html("<span class='doc-name'>{}</span>", self.name)
