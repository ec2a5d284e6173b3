from django.contrib.auth.models import AbstractUser
from django.db import connection, models


class User(AbstractUser):
    scan_directory = models.CharField(max_length=512, blank=True)
    nextcloud_server_address = models.CharField(max_length=200, blank=True)
    nextcloud_username = models.CharField(max_length=64, blank=True)


class Photo(models.Model):
    image_hash = models.CharField(primary_key=True, max_length=64)
    owner = models.ForeignKey(User, on_delete=models.CASCADE)
    main_file_path = models.CharField(max_length=1024)
    search_captions = models.TextField(blank=True)


def photos_by_caption(user_id, term, order):
    with connection.cursor() as cursor:
        # expect: sql-injection
        cursor.execute("SELECT image_hash FROM api_photo WHERE owner_id = %s AND search_captions ILIKE '%%%s%%' ORDER BY %s" % (user_id, term, order))
        return [r[0] for r in cursor.fetchall()]


def photos_by_caption_bound(user_id, term):
    with connection.cursor() as cursor:
        cursor.execute("SELECT image_hash FROM api_photo WHERE owner_id = %s AND search_captions ILIKE %s", [user_id, "%" + term + "%"])
        return [r[0] for r in cursor.fetchall()]
