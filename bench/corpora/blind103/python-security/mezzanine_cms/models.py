from django.db import connection, models


class Displayable(models.Model):
    title = models.CharField(max_length=500)
    content = models.TextField(blank=True)
    status = models.IntegerField(default=2)


class BlogPost(Displayable):
    allow_comments = models.BooleanField(default=True)


def search_displayables(query, search_type):
    table = {"blog.BlogPost": "blog_blogpost", "pages.Page": "pages_page"}.get(search_type, "generic_displayable")
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT id, title FROM {table} WHERE status = 2 AND title LIKE %s", ["%" + query + "%"])
        return cursor.fetchall()


def search_keywords(query):
    with connection.cursor() as cursor:
        # expect: sql-injection
        cursor.execute("SELECT k.title FROM generic_keyword k WHERE k.title LIKE '%" + query + "%'")
        return cursor.fetchall()
