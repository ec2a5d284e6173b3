import bleach
from django.db import connection, models
from django.utils.safestring import mark_safe

from .fetcher import fetch_feed_address


class Feed(models.Model):
    feed_address = models.URLField(max_length=764)
    feed_link = models.URLField(max_length=1000, blank=True)
    feed_title = models.CharField(max_length=255, blank=True)

    @classmethod
    def get_feed_from_url(cls, url):
        feed = cls.objects.filter(feed_address=url).first()
        if feed:
            return feed
        body = fetch_feed_address(url)
        return cls.objects.create(feed_address=url, feed_title=body[:255])

    @classmethod
    def search_by_address(cls, address, offset):
        with connection.cursor() as cursor:
            cursor.execute("SELECT id, feed_title FROM rss_feeds_feed WHERE feed_address LIKE %s OFFSET %s",
                           ["%" + address + "%", offset])
            return cursor.fetchall()


class UserSubscription(models.Model):
    user = models.ForeignKey("auth.User", on_delete=models.CASCADE)
    feed = models.ForeignKey(Feed, on_delete=models.CASCADE)
    folder = models.CharField(max_length=255, blank=True)

    @classmethod
    def add_subscription(cls, user, feed_address, folder=""):
        feed = Feed.get_feed_from_url(feed_address)
        us, _ = cls.objects.get_or_create(user=user, feed=feed, defaults={"folder": folder})
        return 1, "ok", us


class MStory(models.Model):
    story_hash = models.CharField(max_length=64, unique=True)
    story_title = models.CharField(max_length=255)
    story_content = models.TextField()
    story_permalink = models.CharField(max_length=1000)

    @classmethod
    def get_by_hash(cls, story_hash):
        return cls.objects.get(story_hash=story_hash)

    def rendered_content(self):
        cleaned = bleach.clean(self.story_content, tags=["p", "a", "img", "em", "strong"], strip=True)
        return mark_safe(cleaned)


class MSharedStory(models.Model):
    user = models.ForeignKey("auth.User", on_delete=models.CASCADE)
    story_hash = models.CharField(max_length=64)
    comments = models.TextField(blank=True)

    def comments_html(self):
        # expect: xss
        return mark_safe("<div class=\"comment\">%s</div>" % self.comments.replace("\n", "<br>"))
