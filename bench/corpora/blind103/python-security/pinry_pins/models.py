from django.db import connection, models

from .images import fetcher


class ImageManager(models.Manager):
    def create_for_url(self, url, referer=None):
        buffer = fetcher.fetch(url)
        return self.create(origin_url=url, size=len(buffer.getvalue()))

    def create_for_url_checked(self, url):
        buffer = fetcher.fetch_public(url)
        return self.create(origin_url=url, size=len(buffer.getvalue()))


class Image(models.Model):
    origin_url = models.URLField(max_length=2048)
    size = models.IntegerField(default=0)
    objects = ImageManager()


class Pin(models.Model):
    url = models.CharField(max_length=2048, blank=True)
    referer = models.CharField(max_length=2048, blank=True)
    description = models.TextField(blank=True)
    image = models.ForeignKey(Image, on_delete=models.CASCADE)


def pins_for_tag(tag, board_id):
    with connection.cursor() as cursor:
        cursor.execute("SELECT p.id FROM core_pin p JOIN taggit_taggeditem ti ON ti.object_id = p.id JOIN taggit_tag t ON t.id = ti.tag_id WHERE t.name = %s AND p.board_id = %s", [tag, int(board_id)])
        return [r[0] for r in cursor.fetchall()]


def pins_for_tags(tags):
    joined = ",".join("'%s'" % t for t in tags)
    with connection.cursor() as cursor:
        # expect: sql-injection
        cursor.execute("SELECT p.id FROM core_pin p JOIN taggit_taggeditem ti ON ti.object_id = p.id JOIN taggit_tag t ON t.id = ti.tag_id WHERE t.name IN (" + joined + ")")
        return [r[0] for r in cursor.fetchall()]
