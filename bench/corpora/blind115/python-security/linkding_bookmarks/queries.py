from django.db import connection

from .models import Bookmark


def query_bookmarks(user, query_string):
    qs = Bookmark.objects.filter(owner=user)
    if query_string:
        qs = qs.filter(title__icontains=query_string)
    return qs


def tag_counts(user, prefix):
    with connection.cursor() as cursor:
        cursor.execute("SELECT tag_string, COUNT(*) FROM bookmark WHERE owner_id = %s AND tag_string LIKE %s GROUP BY tag_string",
                       [user.id, prefix + "%"])
        return cursor.fetchall()
