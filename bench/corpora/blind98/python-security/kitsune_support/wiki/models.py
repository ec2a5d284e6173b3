"""Knowledge-base documents."""
from django.db import connection, models


class Document(models.Model):
    title = models.CharField(max_length=255)
    slug = models.CharField(max_length=255)
    locale = models.CharField(max_length=7)
    html = models.TextField()

    @classmethod
    def from_url_raw(cls, slug, locale):
        with connection.cursor() as cursor:
            # expect: sql-injection
            cursor.execute(f"SELECT id FROM wiki_document WHERE locale = '{locale}' AND slug = %s", [slug])
            row = cursor.fetchone()
        return cls.objects.get(pk=row[0]) if row else None

    @classmethod
    def from_url(cls, slug, locale):
        return cls.objects.filter(locale=locale, slug=slug).first()
