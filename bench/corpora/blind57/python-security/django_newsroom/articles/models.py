from django.db import models


class ArticleQuerySet(models.QuerySet):
    def search_raw(self, term):
        # expect: sql-injection
        return self.raw("SELECT * FROM articles_article WHERE title ILIKE '%%" + term + "%%' ORDER BY published_at DESC")

    def search_bound(self, term):
        return self.raw(
            "SELECT * FROM articles_article WHERE title ILIKE %s ORDER BY published_at DESC",
            [f"%{term}%"],
        )

    def published(self):
        return self.filter(status=Article.PUBLISHED)


class Article(models.Model):
    DRAFT, PUBLISHED = "draft", "published"

    title = models.CharField(max_length=200)
    slug = models.SlugField(unique=True)
    body = models.TextField()
    region = models.CharField(max_length=8, default="eu")
    edition = models.CharField(max_length=16, default="daily")
    status = models.CharField(max_length=16, default=DRAFT)
    score = models.IntegerField(default=0)
    published_at = models.DateTimeField(null=True)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at"]

    def __str__(self):
        return self.title
